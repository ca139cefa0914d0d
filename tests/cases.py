"""
The golden table of page openings: invented text in every format the parser
supports (one or more per pattern of the MENAFN page catalogue and per wire
style), with what a correct parser extracts.  It feeds the dateline and
article tests and the supported-formats page of the docs.
"""

import datetime as dt

from typing import NamedTuple


class Case(NamedTuple):
    name: str
    text: str
    expected: dict[str, object]
    body_start: str
    reference: dt.date | None = None


D = dt.date

CASES = [
    # -- the MENAFN header and what precedes it --------------------------
    Case(
        "seed: lost parenthesis, byline with Read more",
        " date 2025-04-04 MENAFN - AzerNews) Leyla Karimova Read more\n\n"
        "The price of Azeri Light oil rose on Friday, traders said.",
        {
            "crawl_date": D(2025, 4, 4),
            "aggregator": "MENAFN",
            "outlet": "AzerNews",
            "bylines": ("Leyla Karimova",),
            "place": None,
            "date": None,
            "agency": None,
        },
        "The price of Azeri Light oil rose",
    ),
    Case(
        "canonical header, nested parentheses, KUNA dateline",
        " date 2024-09-04 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Sept 4 (KUNA) -- "
        "The foreign ministry said on Wednesday that the talks would resume next week.",
        {
            "crawl_date": D(2024, 9, 4),
            "outlet": "Kuwait News Agency (KUNA)",
            "place": "KUWAIT",
            "date": D(2024, 9, 4),
            "agency": "KUNA",
            "bylines": (),
        },
        "The foreign ministry said on Wednesday",
    ),
    Case(
        "spaced header, no crawl prefix: no year for the dateline",
        "( MENAFN - Kuwait News Agency (KUNA)) CAIRO, Jan 3 (KUNA) -- "
        "Arab League envoys met in Cairo on Friday to prepare the summit agenda.",
        {
            "crawl_date": None,
            "aggregator": "MENAFN",
            "outlet": "Kuwait News Agency (KUNA)",
            "place": "CAIRO",
            "date": None,
            "agency": "KUNA",
        },
        "Arab League envoys met in Cairo",
    ),
    Case(
        "year from the reference date",
        "(MENAFN- Kuwait News Agency (KUNA)) CAIRO, Jan 3 (KUNA) -- "
        "Arab League envoys met in Cairo on Friday to prepare the summit agenda.",
        {"place": "CAIRO", "date": D(2025, 1, 3), "agency": "KUNA"},
        "Arab League envoys met in Cairo",
        D(2025, 1, 5),
    ),
    Case(
        "headline before the header",
        "Minister Opens New Port Terminal\n(MENAFN- Gulf Times) The transport minister "
        "opened the new container terminal at Hamad Port on Sunday.",
        {"outlet": "Gulf Times", "place": None, "crawl_date": None},
        "The transport minister opened",
    ),
    Case(
        "stale chrome date, staff credit, colon dateline",
        " date 2025-08-10 Tuesday, 02 January 2024 12:17 GMT\nMinistry Launches Campaign\n"
        "(MENAFN- The Peninsula) The Peninsula Online\n\nDoha, Qatar: The Ministry of Public "
        "Health launched a vaccination campaign on Sunday across the country.",
        {
            "crawl_date": D(2025, 8, 10),
            "outlet": "The Peninsula",
            "bylines": (),
            "place": "Doha, Qatar",
            "agency": None,
            "date": None,
        },
        "The Ministry of Public Health launched",
    ),
    Case(
        "error-page junk before the header",
        " date 2025-04-09 403\nSorry!!\nPort Traffic: Record Month\n(MENAFN- Gulf Times) "
        "Container traffic at the port reached a record in March, the operator said.",
        {"crawl_date": D(2025, 4, 9), "outlet": "Gulf Times", "place": None},
        "Container traffic at the port",
    ),
    Case(
        "US timestamp and agency credit line",
        "Qatar Hosts Gulf Ministers\nDate\n3/7/2024 9:12:44 AM\n(MENAFN- The Peninsula)\nQNA\n"
        "Doha: Gulf foreign ministers began two days of talks in Doha on Thursday.",
        {
            "outlet": "The Peninsula",
            "agency": "QNA",
            "place": "Doha",
            "bylines": (),
        },
        "Gulf foreign ministers began",
    ),
    Case(
        "By byline before the dateline",
        " date 2024-10-23 (MENAFN- Kuwait News Agency (KUNA)) By Samir Haddad\n\n"
        "KUWAIT, Oct 23 (KUNA) -- The ambassador praised the depth of bilateral ties on Wednesday.",
        {
            "bylines": ("Samir Haddad",),
            "place": "KUWAIT",
            "date": D(2024, 10, 23),
            "agency": "KUNA",
        },
        "The ambassador praised",
    ),
    Case(
        "hyphenated name in a By byline",
        " date 2024-10-23 (MENAFN- Kuwait News Agency (KUNA)) By Nasser Al-Omar\n\n"
        "KUWAIT, Oct 23 (KUNA) -- Kuwait signed a trade memorandum with Japan on Wednesday.",
        {"bylines": ("Nasser Al-Omar",), "place": "KUWAIT"},
        "Kuwait signed a trade memorandum",
    ),
    Case(
        "bare byline alone on its line",
        " date 2024-05-31 (MENAFN- AzerNews)\n\n\n\nFatima Rzayeva\n\n"
        "The price of Brent crude fell by 1.2 dollars on Friday, Azernews reports.",
        {"bylines": ("Fatima Rzayeva",), "outlet": "AzerNews", "place": None},
        "The price of Brent crude fell",
    ),
    Case(
        "By Staff Report is a credit, not a person",
        " date 2024-06-01 (MENAFN- Khaleej Times) By Staff Report\n\n"
        "Dubai Police recovered a stolen car within an hour on Saturday, officers said.",
        {"bylines": (), "outlet": "Khaleej Times", "agency": None},
        "Dubai Police recovered",
    ),
    Case(
        "a sentence that opens with By is body, not a byline",
        " date 2024-06-02 (MENAFN- Gulf Times) By sea and by air, pilgrims reached the city "
        "all week.\n\nOfficials said the numbers would rise.",
        {"bylines": (), "outlet": "Gulf Times", "agency": None, "place": None},
        "By sea and by air, pilgrims reached",
    ),
    Case(
        "hard-wrapped body after a bare byline",
        " date 2024-08-06 Corridor Cargo Grows\n(MENAFN- AzerNews)\nRauf Mammadli\n"
        "In the first seven months of the year, 2.3 million\ntons of cargo crossed the corridor, "
        "the railway said.",
        {"bylines": ("Rauf Mammadli",), "outlet": "AzerNews"},
        "In the first seven months of the year, 2.3 million tons",
    ),
    # -- wire datelines --------------------------------------------------
    Case(
        "Petra: en dash, abbreviated month with a period",
        " date 2024-12-23 (MENAFN- Jordan News Agency)\n\nIrbid, Dec. 22 (Petra) – Three "
        "people were injured in a traffic accident on Sunday, the civil defence said.",
        {"place": "Irbid", "date": D(2024, 12, 22), "agency": "Petra"},
        "Three people were injured",
    ),
    Case(
        "Petra: tag glued to the day, -- glued to the tag",
        "Jordan- Cooler Weather Ahead\n\n\n(MENAFN- Jordan News Agency) Amman, March 3(Petra)-- "
        "Temperatures will drop slightly on Saturday, forecasters said.",
        {
            "place": "Amman",
            "agency": "Petra",
            "date": None,
            "outlet": "Jordan News Agency",
        },
        "Temperatures will drop slightly",
    ),
    Case(
        "Petra: no separator after the tag",
        " date 2025-11-18 MENAFN - Jordan News Agency)\n\nAqaba, Nov. 18 (Petra) King Hussein "
        "Airport handled more passengers this year, the zone authority said.",
        {"place": "Aqaba", "date": D(2025, 11, 18), "agency": "Petra"},
        "King Hussein Airport handled",
    ),
    Case(
        "place and tag the same word",
        " date 2024-12-23 (MENAFN- Jordan News Agency)\n\nPetra, Dec. 23 (Petra) – Visitors "
        "to the ancient city rose by a fifth this year, the authority said.",
        {"place": "Petra", "agency": "Petra", "date": D(2024, 12, 23)},
        "Visitors to the ancient city",
    ),
    Case(
        "Sep. and full month names",
        " date 2023-09-16 (MENAFN- Jordan News Agency)\nAmman, Sep. 16 (Petra) - The weather "
        "will be fair in the hilltops and hot elsewhere, forecasters said.",
        {"place": "Amman", "date": D(2023, 9, 16), "agency": "Petra"},
        "The weather will be fair",
    ),
    Case(
        "a dash inside the first words of the body is kept",
        " date 2024-03-28 (MENAFN- Jordan News Agency)\n\nAmman, Mar. 28 (Petra) - The Jordan "
        "Armed Forces - Arab Army carried out five airdrops on Thursday.",
        {"place": "Amman", "date": D(2024, 3, 28)},
        "The Jordan Armed Forces - Arab Army carried out",
    ),
    Case(
        "New Year: a December dateline crawled in January is last year",
        " date 2025-01-02 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Dec 30 (KUNA) -- "
        "The cabinet approved the new budget at its weekly meeting.",
        {"date": D(2024, 12, 30), "crawl_date": D(2025, 1, 2)},
        "The cabinet approved",
    ),
    Case(
        "New Year: a January dateline crawled in December is next year",
        " date 2024-12-30 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Jan 1 (KUNA) -- "
        "New fees for residence permits take effect on Wednesday, the ministry said.",
        {"date": D(2025, 1, 1)},
        "New fees for residence permits",
    ),
    Case(
        "Trend on MENAFN: period after the day",
        " date 2024-03-02 (MENAFN- Trend News Agency) BAKU, Azerbaijan, March 2. Officials "
        "from both countries signed the transit agreement on Saturday.",
        {
            "place": "BAKU, Azerbaijan",
            "date": D(2024, 3, 2),
            "agency": None,
            "outlet": "Trend News Agency",
        },
        "Officials from both countries",
    ),
    Case(
        "Trend's own page: dateline line, By Name – Trend:",
        " date 2017-11-01 Exports Of Fruit Rise\n\n2017-11-01 11:50 | www.example.az | 2\n\n"
        "Baku, Azerbaijan, Nov. 1\n\nBy Rustam Aliyev – Trend:\n\nAzerbaijan exported more "
        "fruit in the first nine months of the year than a year earlier.",
        {
            "place": "Baku, Azerbaijan",
            "date": D(2017, 11, 1),
            "agency": "Trend",
            "bylines": ("Rustam Aliyev",),
            "aggregator": None,
        },
        "Azerbaijan exported more fruit",
    ),
    Case(
        "Trend's own page: Trend: alone below the dateline",
        " date 2018-09-18 Baku, Azerbaijan, Sept. 18\n\nTrend:\n\nThe army continued its "
        "exercises on Tuesday, the defence ministry said.",
        {
            "place": "Baku, Azerbaijan",
            "date": D(2018, 9, 18),
            "agency": "Trend",
            "bylines": (),
        },
        "The army continued its exercises",
    ),
    Case(
        "a byline repeated above Read more",
        "...\n\nVisit Date Announced\n\nPolitics 18 April 2025 12:52 (UTC +04:00)\n"
        "Visit date of the president announced for next week\nElvin Rahimli\nElvin Rahimli\n"
        "Read more\n\nBAKU, Azerbaijan, April 18. The president will visit Azerbaijan on "
        "April 27, a trade official said.",
        {
            "bylines": ("Elvin Rahimli",),
            "place": "BAKU, Azerbaijan",
            "date": None,
        },
        "The president will visit",
    ),
    Case(
        "AZERTAC",
        " date 2024-04-09 Baku, April 9, AZERTAC Azerbaijan and Georgia discussed energy "
        "cooperation at a meeting in Baku on Tuesday.",
        {"place": "Baku", "date": D(2024, 4, 9), "agency": "AZERTAC"},
        "Azerbaijan and Georgia discussed",
    ),
    Case(
        "IANS without a separator",
        " date 2025-04-04 (MENAFN- IANS) New Delhi, April 4 (IANS) The government on Friday "
        "announced a new scheme for farmers in three states.",
        {
            "outlet": "IANS",
            "place": "New Delhi",
            "date": D(2025, 4, 4),
            "agency": "IANS",
        },
        "The government on Friday announced",
    ),
    Case(
        "PR Newswire",
        " date 2025-04-04 (MENAFN- PR Newswire) NEW YORK, April 4, 2025 /PRNewswire/ -- "
        "Example Analytics Inc. today announced a partnership with a logistics firm.",
        {
            "outlet": "PR Newswire",
            "place": "NEW YORK",
            "date": D(2025, 4, 4),
            "agency": "PRNewswire",
        },
        "Example Analytics Inc. today announced",
    ),
    Case(
        "GlobeNewswire, a dash inside the outlet",
        "(MENAFN- GlobeNewsWire - Nasdaq) TORONTO, April 04, 2025 (GLOBE NEWSWIRE) -- "
        "Example Mining Corp. reported record output for the first quarter.",
        {
            "outlet": "GlobeNewsWire - Nasdaq",
            "place": "TORONTO",
            "date": D(2025, 4, 4),
            "agency": "GLOBE NEWSWIRE",
        },
        "Example Mining Corp. reported",
    ),
    Case(
        "Business Wire",
        " date 2025-04-04 (MENAFN- Business Wire) SAN FRANCISCO--(BUSINESS WIRE)--Example "
        "Software today released a new version of its platform.",
        {"place": "SAN FRANCISCO", "agency": "BUSINESS WIRE", "date": None},
        "Example Software today released",
    ),
    Case(
        "EIN Presswire",
        " date 2025-04-04 (MENAFN- EIN Presswire) AUSTIN, TX, UNITED STATES, April 4, 2025 "
        "/EINPresswire.com/ -- A regional clinic network opened two new sites this week.",
        {
            "place": "AUSTIN, TX, UNITED STATES",
            "date": D(2025, 4, 4),
            "agency": "EINPresswire.com",
        },
        "A regional clinic network opened",
    ),
    Case(
        "WAM: ordinal day and a year",
        " date 2025-02-16 (MENAFN- Emirates News Agency (WAM)) ABU DHABI, 16th February, 2025 "
        "(WAM) -- The President received a delegation of business leaders on Sunday.",
        {
            "outlet": "Emirates News Agency (WAM)",
            "place": "ABU DHABI",
            "date": D(2025, 2, 16),
            "agency": "WAM",
        },
        "The President received a delegation",
    ),
    Case(
        "ANI with a bracketed country and a colon",
        "Abu Dhabi [UAE], February 16 (ANI/WAM): The organisation is in talks with "
        "investors about three new factories, its chairman said.",
        {
            "place": "Abu Dhabi [UAE]",
            "agency": "ANI/WAM",
            "date": D(2025, 2, 16),
        },
        "The organisation is in talks",
        D(2025, 2, 17),
    ),
    Case(
        "ANI from New Delhi",
        "New Delhi [India], April 4 (ANI): India and Bhutan signed an agreement on power "
        "trading on Friday, officials said.",
        {"place": "New Delhi [India]", "agency": "ANI", "date": None},
        "India and Bhutan signed",
    ),
    Case(
        "Reuters",
        "DUBAI, Oct 11 (Reuters) - Oil prices rose on Friday after a report showed a drop "
        "in inventories.",
        {"place": "DUBAI", "agency": "Reuters", "date": D(2024, 10, 11)},
        "Oil prices rose on Friday",
        D(2024, 10, 12),
    ),
    Case(
        "Reuters without a tag",
        " date 2016-05-14 GULF STOCKS - Factors to watch - May 21\nDUBAI, May 21 Here are some "
        "factors that may affect Gulf stock markets on Sunday, traders said.",
        {"place": "DUBAI", "date": D(2016, 5, 21), "agency": None},
        "Here are some factors",
    ),
    Case(
        "AFP",
        "PARIS, April 4 (AFP) - French officials said on Friday that the talks had made "
        "progress.",
        {"place": "PARIS", "agency": "AFP"},
        "French officials said",
    ),
    Case(
        "QNA",
        "Doha, April 04 (QNA) - The Ministry of Foreign Affairs welcomed the ceasefire "
        "announcement on Friday.",
        {"place": "Doha", "agency": "QNA"},
        "The Ministry of Foreign Affairs welcomed",
    ),
    Case(
        "SPA",
        "RIYADH, April 4 (SPA) -- Saudi Arabia and Oman signed five memorandums of "
        "understanding on Friday.",
        {"place": "RIYADH", "agency": "SPA"},
        "Saudi Arabia and Oman signed",
    ),
    Case(
        "Xinhua",
        "BEIJING, April 4 (Xinhua) -- Chinese and Kazakh officials held talks on railway "
        "links on Friday.",
        {"place": "BEIJING", "agency": "Xinhua"},
        "Chinese and Kazakh officials",
    ),
    Case(
        "MNA with a zero-padded day",
        " date 2018-03-07 TEHRAN, Mar. 07 (MNA) – The foreign ministry spokesman rejected "
        "the claims made in the joint statement.",
        {"place": "TEHRAN", "agency": "MNA", "date": D(2018, 3, 7)},
        "The foreign ministry spokesman rejected",
    ),
    Case(
        "Anadolu on its own line",
        " date 2019-12-22 Three Ministers To Meet\n\n  • December 22 2019 12:47:08\n\n"
        "ANKARA-Anadolu Agency\nTurkey, Azerbaijan and Georgia will hold a trilateral meeting "
        "next week, the ministry said.",
        {"place": "ANKARA", "agency": "Anadolu Agency"},
        "Turkey, Azerbaijan and Georgia will hold",
    ),
    Case(
        "a tag without a date",
        "ISTANBUL (AA) - Turkish exporters shipped a record volume of goods in March, the "
        "assembly said.",
        {"place": "ISTANBUL", "agency": "AA", "date": None},
        "Turkish exporters shipped",
    ),
    Case(
        "dd.mm.yyyy read day first",
        "Baku, 04.03.2025 (APA) -- The two presidents met on the sidelines of the forum on "
        "Tuesday.",
        {"place": "Baku", "agency": "APA", "date": D(2025, 3, 4)},
        "The two presidents met",
    ),
    # -- colon and dash datelines, and what must not be one ---------------
    Case(
        "colon dateline in capitals",
        " date 2021-08-14 KUWAIT CITY: The defence minister received a phone call from his "
        "US counterpart on Friday.",
        {"place": "KUWAIT CITY", "agency": None, "date": None},
        "The defence minister received",
    ),
    Case(
        "em dash dateline",
        " date 2019-04-17 AMMAN — The King received the visiting minister at the palace on "
        "Wednesday.",
        {"place": "AMMAN"},
        "The King received",
    ),
    Case(
        "hyphen dateline glued to the place",
        " date 2025-12-07 TEHRAN- The foreign minister left for Baku on Sunday for talks on "
        "regional transport.",
        {"place": "TEHRAN"},
        "The foreign minister left",
    ),
    Case(
        "hyphenated place with an en dash",
        " date 2019-03-20 NUR-SULTAN – Parliament approved the renaming of the capital on "
        "Wednesday.",
        {"place": "NUR-SULTAN"},
        "Parliament approved",
    ),
    Case(
        "a headline with a colon is not a dateline",
        " date 2025-03-01 Health Minister: New Hospital Opens In North\n\nThe health minister "
        "opened a new hospital in the north of the country on Saturday.",
        {"place": None, "crawl_date": D(2025, 3, 1)},
        "The health minister opened",
    ),
    Case(
        "a photo credit is not a dateline",
        " date 2024-09-02 KT File Photo: Omar Haddad\n\nPublished: Mon 2 Sep 2024, 9:24 AM\n\n"
        "Gold prices fell at the opening of the markets on the first trading day of the week.",
        {"place": None, "bylines": ()},
        "Gold prices fell",
    ),
    Case(
        "an outlet name and a dash is not a dateline",
        " date 2024-01-09 ALBAWABA - Tourism in the region grew strongly last year, "
        "according to figures released on Monday.",
        {"place": None},
        "ALBAWABA - Tourism in the region",
    ),
    Case(
        "body-start words that look like a dateline",
        " date 2024-05-01 (MENAFN- UkrinForm) In the Kherson region, Russian forces shelled "
        "eleven settlements over the past day, the regional governor said.",
        {"place": None, "outlet": "UkrinForm"},
        "In the Kherson region, Russian forces",
    ),
    Case(
        "a word that is no month where the month would be",
        " date 2025-03-02 KUWAIT, Holiday 4 (KUNA) -- The ministry said more talks would "
        "follow later in the week.",
        {"place": "KUWAIT", "agency": "KUNA", "date": None},
        "The ministry said more talks",
    ),
    Case(
        "an impossible day-first date",
        "Baku, 31.02.2025 (APA) -- The two presidents met on the sidelines of the forum.",
        {"place": "Baku", "agency": "APA", "date": None},
        "The two presidents met",
    ),
    Case(
        "a weekday where the date would be",
        " date 2025-03-02 KUWAIT, Sunday (KUNA) -- The ministry said more talks would follow "
        "later in the week.",
        {"place": None, "agency": None},
        "KUWAIT, Sunday (KUNA) -- The ministry",
    ),
    Case(
        "a bare-date dateline on a day that does not exist",
        " date 2025-02-27 DUBAI, Feb 30 Traders said the markets would open late on "
        "Monday because of the holiday.",
        {"place": None, "date": None},
        "DUBAI, Feb 30 Traders said",
    ),
    Case(
        "an empty header is no header",
        " date 2025-03-02 (MENAFN- ) The ministry said more talks would follow later in "
        "the week.",
        {"aggregator": None, "outlet": None},
        "(MENAFN- ) The ministry said",
    ),
    Case(
        "several paragraphs and no opening",
        " date 2025-03-02 The ministry said more talks would follow later in the week.\n"
        "Officials from both sides will meet in Vienna, a spokesman said.",
        {"place": None, "bylines": (), "crawl_date": D(2025, 3, 2)},
        "The ministry said more talks",
    ),
    Case(
        "truncated crawl prefix",
        " date 2020-04 Oman's health ministry announced 97 new cases of the virus on "
        "Wednesday, bringing the total to 910.",
        {"crawl_date": None, "aggregator": None, "place": None},
        "Oman's health ministry announced",
    ),
    Case(
        "no header: skip chrome before the first line of text",
        " date 2024-05-06 + ↺ − 16 px\n\nThe president received the governor of a Russian "
        "region in Baku on Monday, the news site reports.",
        {"crawl_date": D(2024, 5, 6), "place": None, "bylines": ()},
        "The president received the governor",
    ),
    Case(
        "a byline below a site timestamp",
        " date 2025-04-07 7 April 2025 16:11 (UTC+04:00)\n\nKamran Aliyev\n\nResettlement of "
        "families to the liberated territories continues, the news site reports.",
        {"bylines": ("Kamran Aliyev",), "aggregator": None},
        "Resettlement of families",
    ),
    Case(
        "an earlier story before a tagged dateline",
        "Prices also fell on the international markets as traders waited for the weekly "
        "inventory report.\n\n\n\nKUWAIT, March 1 (KUNA) -- The price of Kuwaiti oil fell by "
        "38 cents to 52.62 dollars a barrel on Thursday.",
        {"place": "KUWAIT", "agency": "KUNA", "date": None},
        "The price of Kuwaiti oil fell",
    ),
]
