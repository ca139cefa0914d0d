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
    headline: str | None = None


D = dt.date

# A page that a wire's dateline without a year opens, for its sign-offs.
_SIGNED = (
    "Envoys sign port deal\n\nNORTHPORT, June 10 (EXA) - The two foreign ministers "
    "signed the port deal on Tuesday.\n\n"
)
# The 385 characters of footer after a sign-off's date that ends 400
# characters (the tail read for sign-offs) before the page's end.
_FOOTER_385 = (
    "\n\nRelated news\n\n" + "Port traffic rose in May.\n" * 14 + "More\n"
)
# The text below the openings of the eleventh round's headlines.
_REOPENED = "The two foreign ministers agreed on Tuesday to reopen the port."

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
        headline="Minister Opens New Port Terminal",
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
        headline="Ministry Launches Campaign",
    ),
    Case(
        "error-page junk before the header",
        " date 2025-04-09 403\nSorry!!\nPort Traffic: Record Month\n(MENAFN- Gulf Times) "
        "Container traffic at the port reached a record in March, the operator said.",
        {"crawl_date": D(2025, 4, 9), "outlet": "Gulf Times", "place": None},
        "Container traffic at the port",
        headline="Port Traffic: Record Month",
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
        headline="Qatar Hosts Gulf Ministers",
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
        headline="Corridor Cargo Grows",
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
        headline="Jordan- Cooler Weather Ahead",
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
        headline="Exports Of Fruit Rise",
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
        "Trend credit without a name: spaces between By and the dash",
        " date 2025-03-02 BAKU, Azerbaijan, March 2. By   - Trend: The talks on "
        "transit resumed in Baku on Sunday, the ministry said.",
        {
            "crawl_date": D(2025, 3, 2),
            "place": "BAKU, Azerbaijan",
            "date": D(2025, 3, 2),
            "agency": "Trend",
            "bylines": (),
        },
        "The talks on transit resumed",
    ),
    Case(
        "Trend's own page: a credit with tabs and no-break spaces for a name",
        " date 2017-11-01 Baku, Azerbaijan, Nov. 1\n\nBy \t\u00a0\u00a0 – Trend:\n\n"
        "Azerbaijan exported more grain in October than a year earlier.",
        {
            "place": "Baku, Azerbaijan",
            "date": D(2017, 11, 1),
            "agency": "Trend",
            "bylines": (),
        },
        "Azerbaijan exported more grain",
    ),
    Case(
        "Trend credit without a name: one space each side of the dash",
        " date 2025-03-02 BAKU, Azerbaijan, March 2. By - Trend: Rail freight between "
        "the two ports doubled in February, the railway said.",
        {
            "place": "BAKU, Azerbaijan",
            "date": D(2025, 3, 2),
            "agency": "Trend",
            "bylines": (),
        },
        "Rail freight between the two ports",
    ),
    Case(
        "Trend's own page: a credit without a name on its line",
        " date 2019-05-14 Baku, Azerbaijan, May 14\n\nBy – Trend:\n\n"
        "The new terminal will open in June, the port authority said.",
        {
            "place": "Baku, Azerbaijan",
            "date": D(2019, 5, 14),
            "agency": "Trend",
            "bylines": (),
        },
        "The new terminal will open",
    ),
    Case(
        "a byline repeated above Read more; the year from the page's timestamp",
        "...\n\nVisit Date Announced\n\nPolitics 18 April 2025 12:52 (UTC +04:00)\n"
        "Visit date of the president announced for next week\nElvin Rahimli\nElvin Rahimli\n"
        "Read more\n\nBAKU, Azerbaijan, April 18. The president will visit Azerbaijan on "
        "April 27, a trade official said.",
        {
            "bylines": ("Elvin Rahimli",),
            "place": "BAKU, Azerbaijan",
            "date": D(2025, 4, 18),
        },
        "The president will visit",
        headline="Visit Date Announced",
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
        headline="GULF STOCKS - Factors to watch - May 21",
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
        headline="Three Ministers To Meet",
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
        headline="Health Minister: New Hospital Opens In North",
    ),
    Case(
        "a photo credit is not a dateline",
        " date 2024-09-02 KT File Photo: Omar Haddad\n\nPublished: Mon 2 Sep 2024, 9:24 AM\n\n"
        "Fuel prices rose slightly as trading opened after the long weekend.",
        {"place": None, "bylines": ()},
        "Fuel prices rose slightly",
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
        "Officials from both sides will meet in Vienna at the end of the month to prepare "
        "the next round, a spokesman said.",
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
    # -- pages from any outlet: headline, furniture, captions ------------
    Case(
        "headline, then a colon dateline",
        " date 2024-11-05 Ministers Agree On Shared Water Plan\n\nMuscat: The water "
        "ministers of five countries agreed on a shared plan for the region's dams on Monday.",
        {"place": "Muscat", "agency": None, "bylines": ()},
        "The water ministers of five countries",
        headline="Ministers Agree On Shared Water Plan",
    ),
    Case(
        "a headline the page repeats, lines apart from its body",
        " date 2024-11-06 Premier meets visiting envoy\nPremier meets visiting envoy\n"
        "The prime minister met the visiting envoy at the government house on Tuesday.",
        {"place": None, "bylines": ()},
        "The prime minister met the visiting envoy",
        headline="Premier meets visiting envoy",
    ),
    Case(
        "a headline glued to itself",
        " date 2024-11-07 Call On Trade Routes\n\nCall On Trade RoutesCall On Trade Routes\n\n"
        "The two foreign ministers spoke by phone about new trade routes on Wednesday.",
        {"place": None},
        "The two foreign ministers spoke",
        headline="Call On Trade Routes",
    ),
    Case(
        "a headline in capitals repeating the title below a breadcrumb",
        " date 2024-06-09 Contact Us\nNews World Envoys open border talks in Vienna\n\n"
        "Envoys open border talks in Vienna\n\nSummary of the talks in one line.\n\n"
        "Published June 09,2024\nSubscribe\nENVOYS OPEN BORDER TALKS IN VIENNA\n\n"
        "Envoys of the two neighbours opened talks on their shared border in Vienna on Sunday.",
        {"bylines": (), "place": None},
        "Envoys of the two neighbours opened",
        headline="Envoys open border talks in Vienna",
    ),
    Case(
        "breadcrumb, section label and reading time before the headline",
        " date 2024-02-11 Home > World > Asia\nPolitics\n\nLeaders open regional summit\n\n"
        "Reading Time: 2 minutes\n\nLeaders of ten countries opened their yearly summit in "
        "the capital on Sunday.",
        {"place": None, "bylines": ()},
        "Leaders of ten countries opened",
        headline="Leaders open regional summit",
    ),
    Case(
        "cookie notice, section label and counter are not the body",
        " date 2024-03-02 We use cookies to give you the best experience on our website.\n"
        "Front Stories\n\nCouncil eases rules on grain exports\n\n"
        "This story has been read 512 times!\n\nThe council eased its rules on grain "
        "exports to neighbouring states on Friday, its secretariat said.",
        {"place": None, "bylines": ()},
        "The council eased its rules",
        headline="Council eases rules on grain exports",
    ),
    Case(
        "a stamp with a section word, a byline below the headline",
        " date 2025-03-03 Envoys discuss grain corridor\n\n"
        "Politics Materials 3 March 2025 09:41 (UTC +04:00)\n\nSamira Haddad\n\n"
        "Diplomats from three countries discussed a new grain corridor in Baku on Monday.",
        {"bylines": ("Samira Haddad",), "place": None},
        "Diplomats from three countries",
        headline="Envoys discuss grain corridor",
    ),
    Case(
        "a credit with a date and Last updated is no byline",
        " date 2022-03-02 Court Reviews Border Case\n\n"
        "By JT - Mar 02,2022 - Last updated Mar 02,2022\n\nAMMAN — The court heard "
        "the first arguments in the border case on Wednesday.",
        {"bylines": (), "agency": None, "place": "AMMAN"},
        "The court heard the first arguments",
        headline="Court Reviews Border Case",
    ),
    Case(
        "a byline with a date, and with a place",
        " date 2022-03-02 Talks Resume On Fisheries\n\nBy K J Rao in Kabul - Mar 02,2022 - "
        "Last updated Mar 02,2022\n\nTalks on fishing rights resumed on Wednesday after a "
        "pause of two months.",
        {"bylines": ("K J Rao",), "place": None},
        "Talks on fishing rights resumed",
        headline="Talks Resume On Fisheries",
    ),
    Case(
        "two names in one byline",
        " date 2022-03-03 Harbour Deal Signed\n\nBy Dana Levi and Omar Haddad\n\n"
        "The two cities signed a harbour deal on Thursday, officials said.",
        {"bylines": ("Dana Levi", "Omar Haddad")},
        "The two cities signed a harbour deal",
        headline="Harbour Deal Signed",
    ),
    Case(
        "Contact Us and an outlet's name are no bylines",
        "Contact Us\n\nTrade Council Meets Again\n\nStaff Writer\nExample CEO\n\n"
        "KUWAIT CITY (AP) — The trade council met again on Tuesday to discuss tariffs.",
        {"bylines": (), "place": "KUWAIT CITY", "agency": "AP"},
        "The trade council met again",
        headline="Trade Council Meets Again",
    ),
    Case(
        "a photo caption ending with its credit, then a colon dateline",
        " date 2024-07-02 Two premiers shake hands before their talks in the capital on "
        "Tuesday. Image Credit: Example Agency\n\nIslamabad: The two prime ministers held "
        "their first talks in a year on Tuesday.",
        {"place": "Islamabad"},
        "The two prime ministers held",
    ),
    Case(
        "a caption below a timestamp, said again with its photo's credit, then the body",
        " date 2025-05-06 Northland to host the regional forum\n\n10:00 am today\n"
        "Northland premier Dana Levi shakes hands with Sam Roe.\n\n"
        "Northland premier Dana Levi shakes hands with Sam Roe. Photo: EXA / Kim Park\n\n"
        "Northland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None, "agency": None},
        "Northland appears ready to offer",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a caption said again with its source's credit on the next line, then the body",
        " date 2025-05-06 Envoys agree on sanctions on officials\n\n"
        "Flag of the Example Union and related bodies next to the Northland flag.\n"
        "Flag of the Example Union and related bodies next to the Northland flag. Source: EXA\n\n"
        "Foreign ministers of the Example Union have agreed on new sanctions.",
        {"place": None, "agency": None},
        "Foreign ministers of the Example Union",
        headline="Envoys agree on sanctions on officials",
    ),
    Case(
        "a caption in the present tense below a timestamp: `... shakes hands with ...`",
        " date 2025-05-06 Northland to host the regional forum\n\n10:00 am today\nNorthland premier Dana Levi shakes hands with Sam Roe.\n\nNorthland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland appears ready to offer",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a caption in the present tense below the headline: `The premier poses for a family photo ...`",
        " date 2025-05-06 Northland to host the regional forum\n\nThe premier poses for a family photo at the forum in Northport.\n\nNorthland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland appears ready to offer",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a caption above its credit with a label alone: `Credit: EXA`",
        " date 2025-05-06 Northland to host the regional forum\n\nMay 6, 2025\n\nThe two premiers met at the forum in Northport.\nCredit: EXA\n\nNorthland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland appears ready to offer",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a lead in the past tense about a handshake stays the body",
        " date 2025-05-06 Northland to host the regional forum\n\nNorthland premier Dana Levi shook hands with Sam Roe on Monday and agreed to host "
        "the forum.\n\nNorthland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland premier Dana Levi shook hands",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a lead in the present tense that shows no picture stays the body",
        " date 2025-05-06 Northland to host the regional forum\n\nMay 6, 2025\n\nNorthland says it will host the regional forum in 2027, the premier "
        "told reporters.\n\nNorthland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland says it will host",
        headline="Northland to host the regional forum",
    ),
    Case(
        "a lead below a timestamp that the next paragraph starts with again stays the body",
        " date 2025-05-06 Envoys agree on sanctions on officials\n\nMay 6, 2025\n\n"
        "Foreign ministers of the Example Union met on Monday.\n\n"
        "Foreign ministers of the Example Union met on Monday. Sources said they agreed on new "
        "sanctions.",
        {"crawl_date": D(2025, 5, 6), "place": None},
        "Foreign ministers of the Example Union met on Monday.",
        headline="Envoys agree on sanctions on officials",
    ),
    Case(
        "a caption in parentheses, then the body",
        " date 2024-07-03 The minister greets his guest at the ministry on Wednesday. "
        "(Photo: Example Ministry)\nThe foreign minister received his visiting counterpart "
        "on Wednesday for talks on trade.",
        {"place": None},
        "The foreign minister received",
    ),
    Case(
        "a handout picture, then a dash dateline with a place in small letters",
        " date 2025-04-04 A handout picture provided by the royal palace shows the king "
        "greeting the envoy in the capital on Friday.\n\nRabat — The king received the "
        "visiting envoy at the palace on Friday.",
        {"place": "Rabat"},
        "The king received the visiting envoy",
    ),
    Case(
        "a caption that opens with the dateline and ends with an agency",
        " date 2019-08-29 DOHA: The emir greets the visiting speaker at the palace on "
        "Wednesday. – QNA\n\nDOHA: The emir received the visiting speaker of parliament on "
        "Wednesday.",
        {"place": "DOHA", "agency": None},
        "The emir received the visiting speaker",
    ),
    Case(
        "a summary, then a timestamp: the body starts below",
        " date 2025-03-03 Ministers sign water pact\n\nThe deal covers shared rivers and "
        "dams.\n\nUpdated Mar 3, 2025\n\nThe water ministers of two countries signed a pact "
        "on shared rivers on Monday.",
        {"place": None},
        "The water ministers of two countries",
        headline="Ministers sign water pact",
    ),
    Case(
        "a long summary without a full stop is neither headline nor body",
        " date 2023-06-26 The prime minister's visit was marked by several deals to widen "
        "cooperation in defence, space, energy and trade between the two countries in the "
        "coming years\n\nThe deals cover jet engines, chips, space flights and the training "
        "of engineers and scientists at universities in both of the two countries\n\n"
        "The prime minister, back home on Monday, said the visit had opened a new chapter.",
        {"place": None},
        "The prime minister, back home on Monday",
    ),
    Case(
        "a summary repeated by the first paragraph",
        " date 2015-07-30 President Example wrapped up his first official visit to the "
        "island state on Wednesday, a visit he used to boost ties\nresident Example wrapped "
        "up his first official visit to the island state on Wednesday, a visit he used to "
        "boost ties. Both sides signed three agreements.",
        {"place": None},
        "resident Example wrapped up",
    ),
    Case(
        "a lead that says the summary again and goes on past it, its last sentence "
        "cut short of its full stop",
        " date 2025-03-10 "
        "Ministry of Foreign Affairs\n\n"
        "Ministers Levi, Dahl talk closer ties\n\nForeign Minister Dana Levi met on 8 "
        "March with her Norwegian counterpart Ana Dahl, who is on an official visit "
        "with a delegation\n\nForeign Minister Dana Levi met on 8 March with her "
        "Norwegian counterpart Ana Dahl, who is on an official visit with a delegation "
        "led by the Prime Minister. The talks were held in the President's office\n\n"
        "“We are neighbours,” Levi said.",
        {"place": None},
        "Foreign Minister Dana Levi met on 8 March",
        headline="Ministers Levi, Dahl talk closer ties",
    ),
    Case(
        "a summary of two sentences with no full stop above a lead of its own stays "
        "out of the body",
        " date 2025-03-10 "
        "Envoys of two states hold talks on the border\n\nThe talks between the two "
        "envoys cover the border and the new crossing. Both also seek a plan for the "
        "shared river basin\n\nThe envoys of two neighbouring states met in the capital "
        "on Monday for talks on their border.",
        {"place": None},
        "The envoys of two neighbouring states",
        headline="Envoys of two states hold talks on the border",
    ),
    Case(
        "a caption said again with a credit of its own, then the lead: the lead is the body",
        " date 2025-03-10 Levi, Dahl open crossing\n\nLevi and Dahl agreed on Monday to "
        "open the northern border crossing\n\nLevi and Dahl agreed on Monday to open the "
        "northern border crossing. Photo by Ana Example for the ministry\n\nForeign "
        "Minister Dana Levi and her Norwegian counterpart Ana Dahl agreed in Oslo on "
        "Monday to open the border crossing.",
        {"place": None},
        "Foreign Minister Dana Levi and her Norwegian",
        headline="Levi, Dahl open crossing",
    ),
    Case(
        "a title in few words above a subtitle that shares the text's words keeps its "
        "place",
        " date 2025-03-10 A handshake, at last\n\nForeign ministers of two neighbours "
        "meet in Oslo for trade talks\n\nForeign Minister Dana Levi met her Norwegian "
        "counterpart Ana Dahl in Oslo on Monday for talks on trade and energy.",
        {"place": None},
        "Foreign Minister Dana Levi met",
        headline="A handshake, at last",
    ),
    Case(
        "a language switcher in English names, with slashes, is furniture",
        " date 2025-03-10 Portuguese / Spanish / English\n\nLevi congratulates new premier "
        "in phone call\n\nForeign Minister Dana Levi congratulated the new premier of "
        "Northland in a phone call on Monday.",
        {"place": None},
        "Foreign Minister Dana Levi congratulated",
        headline="Levi congratulates new premier in phone call",
    ),
    Case(
        "a site's banner in another language above the title is furniture",
        " date 2025-03-13 Gözəl günün xatirəsi həmişə yaşayır bizimlə\nNorthland, "
        "Southland sign border treaty\n\nNorthland and Southland signed a treaty on their "
        "border on Thursday, officials said.",
        {"place": None},
        "Northland and Southland signed a treaty",
        headline="Northland, Southland sign border treaty",
    ),
    Case(
        "a title with names in their own letters stays the title",
        " date 2025-03-13 Erdoğan, Çavuşoğlu meet Pašić in Ankara\n\nThe Turkish "
        "president and his foreign minister met the visiting premier in Ankara on "
        "Thursday.",
        {"place": None},
        "The Turkish president and his foreign minister",
        headline="Erdoğan, Çavuşoğlu meet Pašić in Ankara",
    ),
    Case(
        "a picture's copyright line is no headline",
        " date 2025-03-13 (C) Example News / Twitter\n\nThe foreign ministers of "
        "Northland and Southland agreed on Thursday to deepen their ties.",
        {"place": None},
        "The foreign ministers of Northland",
        headline=None,
    ),
    Case(
        "a title above a subtitle keeps its place when it tells the story too",
        " date 2025-03-10 "
        "Ministers talk closer ties\n\nLevi and Dahl meet on trade\n\n"
        "Foreign Minister Dana Levi met her Norwegian counterpart Ana Dahl on Monday "
        "for talks on closer ties in trade and energy.",
        {"place": None},
        "Foreign Minister Dana Levi met",
        headline="Ministers talk closer ties",
    ),
    Case(
        "a caption above the body credits its picture to an agency",
        " date 2024-09-24 Minister discusses regional issues with UN chief\n\nThe minister "
        "speaks at a forum at the UN headquarters in New York, United States, on the third "
        "day of the week\nReuters\n\nThe foreign minister held a phone call with the UN "
        "secretary-general on Tuesday, diplomatic sources said.",
        {"agency": None, "place": None},
        "The foreign minister held a phone call",
        headline="Minister discusses regional issues with UN chief",
    ),
    # -- agency credits at the start ---------------------------------------
    Case(
        "By WAM on an outlet's own page",
        " date 2020-08-04 By WAM\n\nThe foreign minister received a visiting delegation "
        "from the national security council on Tuesday.",
        {"agency": "WAM", "bylines": ()},
        "The foreign minister received",
    ),
    Case(
        "an agency's name alone, and a timestamp",
        " date 2023-05-12 Neighbours satisfied with cooperation\n\nBangladesh\n\nBSS\n"
        "12 May, 2023, 01:00 pm\nLast modified: 12 May, 2023, 01:02 pm\n\nPhoto: Collected.\n\n"
        "The two neighbours expressed satisfaction with their cooperation on Friday.",
        {"agency": "BSS", "place": None},
        "The two neighbours expressed",
        headline="Neighbours satisfied with cooperation",
    ),
    Case(
        "an agency with a section word, and a Published line",
        "Contact Us\n\nMinister holds phone call with UN chief\n\nAnadolu Agency WORLD\n"
        "Published December 15,2018\nSubscribe\n\nThe foreign minister held a phone call "
        "with the UN secretary-general, a diplomatic source said.",
        {"agency": "Anadolu Agency", "bylines": ()},
        "The foreign minister held a phone call",
        headline="Minister holds phone call with UN chief",
    ),
    Case(
        "a bulleted agency credit",
        "Minister talks to his counterpart on phone\n- World\n- Anadolu Agency\n"
        "- Published Date: 12:00 | 20 January 2018\nThe foreign minister on Saturday spoke "
        "with his counterpart on the phone, an official said.",
        {"agency": "Anadolu Agency"},
        "The foreign minister on Saturday spoke",
        headline="Minister talks to his counterpart on phone",
    ),
    Case(
        "Trend reports, and a dash before an agency",
        " date 2024-05-21 Trend reports\n\nUzbekistan plans to raise its trade with "
        "Azerbaijan, the minister told reporters on Tuesday.",
        {"agency": "Trend"},
        "Uzbekistan plans to raise its trade",
    ),
    Case(
        "a dash and an agency's name on its own line",
        " date 2024-05-22 - KUNA\n\nThe minister received the visiting ambassador at the "
        "ministry on Wednesday.",
        {"agency": "KUNA"},
        "The minister received the visiting ambassador",
    ),
    Case(
        "an agency inside a timestamp line",
        " date 2018-05-25 Leader to hold talks abroad\n\n2012-02-09 15:25 Xinhua     Web "
        "Editor: Lin Wei\n\nLeaders of the two countries expect practical results from "
        "next week's visit.",
        {"agency": "Xinhua", "bylines": ()},
        "Leaders of the two countries expect",
        headline="Leader to hold talks abroad",
    ),
    Case(
        "a credit bar: agency, place and date",
        "Top diplomat meets counterpart, seeks more aid\n\nThe counterpart promised more "
        "support for the country's defence\n\nReuters | Odesa | Updated: 21-06-2023 08:35 IST | "
        "Created: 21-06-2023 08:31 IST\nDmytro Example Image Credit: Example\nThe foreign "
        "minister said he met his counterpart in Berlin on Sunday.",
        {"agency": "Reuters", "place": "Odesa", "date": D(2023, 6, 21)},
        "The foreign minister said he met",
        headline="Top diplomat meets counterpart, seeks more aid",
    ),
    # -- wire datelines beyond MENAFN's ------------------------------------
    Case(
        "PLACE, AGENCY- ",
        " date 2024-01-10 Riyadh, SANA- The two ministers discussed the reopening of "
        "embassies on Wednesday.",
        {"place": "Riyadh", "agency": "SANA", "date": None},
        "The two ministers discussed",
    ),
    Case(
        "PLACE, AGENCY - with Australia's agency",
        " date 2025-05-06 NORTHPORT, AAP - Closer ties with island neighbours were on the "
        "agenda of the talks held in the city on Monday.",
        {"place": "NORTHPORT", "agency": "AAP", "date": None},
        "Closer ties with island neighbours",
    ),
    Case(
        "an agency's bureau by its region's name, in a tag or after a comma",
        " date 2025-05-06 Jakarta (Antara Bali) -- The foreign minister held talks with "
        "three counterparts on Monday.",
        {"place": "Jakarta", "agency": "Antara Bali", "date": None},
        "The foreign minister held talks",
    ),
    Case(
        "no agency's bureau: the word after the agency's name is no region",
        " date 2025-05-06 Jakarta (Antara Fans) -- The foreign minister held talks with "
        "three counterparts on Monday.",
        {"agency": None},
        "Jakarta (Antara Fans) -- The foreign minister",
    ),
    Case(
        "PLACE, Country (Month D,YYYY) – : the date and its year in parentheses",
        " date 2025-05-06 NORTHPORT, Examplia (February 15,2025) – “We are two neighbouring "
        "and friendly countries,” the minister said at the talks.",
        {
            "place": "NORTHPORT, Examplia",
            "date": D(2025, 2, 15),
            "agency": None,
        },
        "“We are two neighbouring",
    ),
    Case(
        "no place in capitals before the comma: a label and a date in parentheses are "
        "no dateline",
        " date 2025-05-06 LIVE, Updates (May 6) - The minister met his counterpart in the "
        "city on Monday for talks on trade.",
        {"place": None, "date": None},
        "LIVE, Updates (May 6) - The minister",
    ),
    Case(
        "PLACE, AGENCY – with an agency's tag",
        " date 2022-07-27 Beijing, MINA – The two presidents held a bilateral meeting at "
        "the state guesthouse on Tuesday.",
        {"place": "Beijing", "agency": "MINA"},
        "The two presidents held",
    ),
    Case(
        "PLACE. AGENCY - , a timestamp above",
        "    Heads of State hold phone talk\n\n    16 March 2022, 19:39\n\n    NUR-SULTAN. "
        "KAZINFORM - A phone talk between the two heads of state took place, the agency "
        "reports.",
        {"place": "NUR-SULTAN", "agency": "KAZINFORM", "date": None},
        "A phone talk between the two heads",
        headline="Heads of State hold phone talk",
    ),
    Case(
        "PLACE (AGENCY) - with a place in small letters",
        " date 2024-02-02 Tehran (IRNA) - The foreign minister left for a regional tour on "
        "Friday.",
        {"place": "Tehran", "agency": "IRNA"},
        "The foreign minister left",
    ),
    Case(
        "a tag in small letters that is no agency's",
        " date 2024-02-02 The Foreign Ministry (MOFA) - a statement on the talks was issued "
        "on Friday.",
        {"place": None, "agency": None},
        "The Foreign Ministry (MOFA) - a statement",
    ),
    Case(
        "PLACE – with an en dash and a place in small letters",
        "Johannesburg – Leaders of the group agreed to expand their club, the host said on "
        "Wednesday.\nCalls to enlarge the group dominated the summit.",
        {"place": "Johannesburg"},
        "Leaders of the group agreed",
    ),
    Case(
        "a colon dateline glued to the text",
        " date 2023-09-29 Washington:The external affairs minister met the secretary of "
        "state on Friday.",
        {"place": "Washington"},
        "The external affairs minister met",
    ),
    Case(
        "a two-word city with a small second letter",
        "New york: The foreign minister met the head of the atomic agency on the sidelines "
        "of the assembly.",
        {"place": "New york"},
        "The foreign minister met the head",
        D(2025, 9, 25),
    ),
    Case(
        "PLACE, Month D: with the year from the crawl date",
        " date 2022-04-26 Moscow, April 26: The ministry declared forty diplomats of the "
        "other country personae non gratae in a tit-for-tat move, the ministry in the "
        "capital announced\nThe ministry called the motives unacceptable.",
        {"place": "Moscow", "date": D(2022, 4, 26), "agency": None},
        "The ministry declared forty diplomats",
    ),
    Case(
        "outlets and the wire in parentheses after the place",
        "DUBAI, (ExampleNews / Example Point News / WAM - 12th Feb, 2025) The minister "
        "received the visiting delegation on Wednesday.",
        {"place": "DUBAI", "agency": "WAM", "date": D(2025, 2, 12)},
        "The minister received the visiting",
    ),
    Case(
        "outlets in parentheses before the place",
        "(ExampleNews / Example Point News - 12th Feb, 2025) ISLAMABAD: The prime minister "
        "chaired a meeting on trade on Wednesday.",
        {"place": "ISLAMABAD", "agency": None, "date": D(2025, 2, 12)},
        "The prime minister chaired",
    ),
    Case(
        "outlets and a one-word wire in parentheses, no comma after the place",
        "MOSCOW (Northport Point News / Exa - 05th April, 2022) The Ministry said on "
        "Tuesday that it had summoned the envoy.",
        {"place": "MOSCOW", "agency": "Exa", "date": D(2022, 4, 5)},
        "The Ministry said on Tuesday",
    ),
    Case(
        "outlets and a wire in parentheses below a repeated headline",
        " date 2022-04-05 Northport Point\n\nMinistry Summons Envoy Over Expulsion\n\n"
        "Dana Levi Published April 05, 2022 | 11:40 AM\n\n"
        "Ministry Summons Envoy Over Expulsion\n\n"
        "MOSCOW (Northport Point News / Exa - 05th April, 2022) The Ministry summoned "
        "the envoy on Monday.",
        {"place": "MOSCOW", "agency": "Exa", "date": D(2022, 4, 5)},
        "The Ministry summoned the envoy",
        headline="Ministry Summons Envoy Over Expulsion",
    ),
    Case(
        "the header's outlet glued before the place",
        "(MENAFN- The Peninsula) The Peninsula Doha, Qatar: The ministry announced a new "
        "vaccination campaign on Sunday.",
        {"outlet": "The Peninsula", "place": "Doha, Qatar"},
        "The ministry announced a new",
    ),
    Case(
        "an outlet's name glued before the place, no header",
        " date 2024-10-10 The Courier Doha, Qatar: The ministry announced a new "
        "vaccination campaign on Sunday.",
        {"place": "Doha, Qatar"},
        "The ministry announced a new",
    ),
    Case(
        "PLACE, D Month, AGENCY in French",
        " date 2024-04-09 Bakou, 9 avril, AZERTAC Les deux ministres ont discuté de "
        "l'énergie mardi.",
        {"place": "Bakou", "date": D(2024, 4, 9), "agency": "AZERTAC"},
        "Les deux ministres ont discuté",
    ),
    Case(
        "PLACE, MONTH D, AGENCY: in capitals, below a summary and its headline",
        " date 2022-02-24 The president wanted to call his counterpart in the morning, "
        "but the latter did not answer, news sites report.\nPresident says his call went "
        'unanswered\nSTEPANAKERT, FEBRUARY 24, ARTSAKHPRESS: "Today I called the '
        'president," he said.',
        {
            "place": "STEPANAKERT",
            "date": D(2022, 2, 24),
            "agency": "ARTSAKHPRESS",
        },
        '"Today I called the president,"',
        headline="President says his call went unanswered",
    ),
    Case(
        "a dual date, Hijri and Gregorian",
        "LEADERS MEET AT SUMMIT\nAntalya, 4 Safar 1437/16 November 2015 (MINA) – The two "
        "presidents discussed the next steps of the coalition.",
        {"place": "Antalya", "date": D(2015, 11, 16), "agency": "MINA"},
        "The two presidents discussed",
        headline="LEADERS MEET AT SUMMIT",
    ),
    Case(
        "a comma before the tag, a caption above",
        "Leaders adopt declaration at end of summit\n\nThis news has been read 1819 times!\n\n"
        "The emir with the king during the summit held in the capital on Dec 9.\n\n"
        "RIYADH, Dec 9, (KUNA): Leaders of the council concluded their summit on Sunday.",
        {"place": "RIYADH", "agency": "KUNA", "date": None},
        "Leaders of the council concluded",
        headline="Leaders adopt declaration at end of summit",
    ),
    Case(
        "a place alone on its line in capitals",
        "Newsletter Signup Register / Login\npolitics\n\nVisit could come before yearend\n\n"
        "1 Comment\nTOKYO\n\nThe government said Friday the prime minister could visit "
        "the United States before the end of the year.",
        {"place": "TOKYO", "agency": None},
        "The government said Friday",
        headline="Visit could come before yearend",
    ),
    Case(
        "a section name in capitals is no place",
        " date 2025-02-02 TÜRKİYE\n2 MIN READ\nMinister meets council in Doha\n\n"
        "The foreign minister met members of the council in Doha on Sunday.",
        {"place": None},
        "The foreign minister met members",
        headline="Minister meets council in Doha",
    ),
    Case(
        "the year of a tagged dateline from the page's timestamp",
        "  1. Politics\n5 August 2019 - 14:29\n\nSpokesman speaks on sanctions\n\n"
        "TEHRAN, Aug. 05 (MNA) – The government spokesman said on Monday that the "
        "sanctions would fail.",
        {"place": "TEHRAN", "agency": "MNA", "date": D(2019, 8, 5)},
        "The government spokesman said",
        headline="Spokesman speaks on sanctions",
    ),
    Case(
        "an author credit after the body",
        " date 2022-03-16 Two presidents hold phone talk\n\nThe two presidents discussed "
        "trade and transport by phone on Wednesday.\n\n    Author:\n\n    Dana Levi\n\n"
        "    Related News",
        {"bylines": ("Dana Levi",)},
        "The two presidents discussed trade",
        headline="Two presidents hold phone talk",
    ),
    Case(
        "a headline glued to itself as the page's first line",
        " date 2024-11-08 Envoy Calls For CalmEnvoy Calls For Calm\n\nThe special envoy "
        "called on both sides to show restraint on Thursday.",
        {"place": None},
        "The special envoy called on both sides",
        headline="Envoy Calls For Calm",
    ),
    Case(
        "a summary, the headline again, a caption and a date above the body",
        " date 2025-02-02 TÜRKİYE\n2 MIN READ\nMinister meets council in Doha\n"
        "The meeting addressed the ceasefire and aid for the region.\n"
        "Minister meets council in Doha\nThe minister began his visit on Sunday. / Photo: AA\n"
        "February 2, 2025\n\nThe foreign minister met members of the council during a visit "
        "to Doha.",
        {"place": None, "agency": None},
        "The foreign minister met members",
        headline="Minister meets council in Doha",
    ),
    Case(
        "a summary, photo credits, a caption and a date above the body",
        " date 2016-04-27 Secretaries meet in the capital\n\nThe two foreign secretaries met "
        "in the capital two months after their talks were suspended.\n\n"
        "Photo by: AA (Archive)\nPhoto by: AA (Archive)\n\nThe two foreign secretaries of "
        "the neighbouring countries at an earlier meeting.\n\nUpdated Apr 27, 2016\n\n"
        "Two months after the talks were suspended, diplomats of both countries met on "
        "Tuesday.",
        {"place": None, "agency": None},
        "Two months after the talks were suspended",
        headline="Secretaries meet in the capital",
    ),
    Case(
        "a summary, then a comment counter",
        " date 2024-12-01 Ministers plan new summit\n\nThe ministers agreed to meet again "
        "before the summer.\n\n1 Comment\n\nThe foreign ministers of four countries agreed on "
        "Sunday to hold a new summit.",
        {"place": None},
        "The foreign ministers of four countries",
        headline="Ministers plan new summit",
    ),
    Case(
        "a credit bar without a date",
        "Envoy visits capital for talks\n\nReuters | Kyiv | Example Desk\n\nThe envoy "
        "arrived on Monday for two days of talks with the government.",
        {"agency": "Reuters", "place": "Kyiv", "date": None},
        "The envoy arrived on Monday",
        headline="Envoy visits capital for talks",
    ),
    Case(
        "credits in parentheses without a date are no dateline",
        " date 2025-02-12 DUBAI, (ExampleNews / Example Point News / WAM - Holiday) The "
        "minister received the visiting delegation on Wednesday.",
        {"place": None, "agency": None},
        "DUBAI, (ExampleNews / Example Point News / WAM - Holiday) The minister",
    ),
    Case(
        "a parenthesis without credits opens the body",
        " date 2024-05-05 (Updated) The ministers met on Monday in the capital for talks "
        "on trade.",
        {"place": None, "agency": None},
        "(Updated) The ministers met",
    ),
    Case(
        "junk but no headline before the header",
        " date 2025-04-09 403\nSorry!!\nMENAFN - Gulf Times) Container traffic at the port "
        "reached a record in March, the operator said.",
        {"outlet": "Gulf Times", "crawl_date": D(2025, 4, 9)},
        "Container traffic at the port",
    ),
    Case(
        "a headline that starts with By is no byline",
        " date 2024-03-10 Byelections Held In Three Districts\n\nVoters in three districts "
        "elected new members of parliament on Sunday, officials said.",
        {"bylines": (), "place": None},
        "Voters in three districts elected",
        headline="Byelections Held In Three Districts",
    ),
    Case(
        "a capitalised subtitle below the headline is no byline",
        " date 2024-04-01 Gulf Leaders Meet\n\nTalks Of The Region\n\n"
        "The leaders of six states met in the capital on Monday, officials said.",
        {"bylines": (), "place": None},
        "The leaders of six states met",
        headline="Gulf Leaders Meet",
    ),
    Case(
        "a summary, then a byline: the body starts below",
        " date 2024-04-02 Ports Reopen After Storm\n\nThe ports of the coast reopened "
        "after three days.\n\nBy Dana Levi\n\nShips began to leave the harbour on Tuesday "
        "morning, the port authority said.",
        {"bylines": ("Dana Levi",)},
        "Ships began to leave the harbour",
        headline="Ports Reopen After Storm",
    ),
    Case(
        "a headline in Title Case with a full stop",
        " date 2024-06-01 Stealth Over Health: Leaders Head To The Capital For Talks.\n\n"
        "The leaders of three countries arrived in the capital on Saturday for two days "
        "of talks.",
        {"place": None},
        "The leaders of three countries arrived",
        headline="Stealth Over Health: Leaders Head To The Capital For Talks.",
    ),
    Case(
        "a short sentence right above a tagged dateline is the headline",
        "Minister resigns over the port deal.\n\nWASHINGTON (AP) — The minister resigned on "
        "Monday after a week of questions about the port deal.",
        {"place": "WASHINGTON", "agency": "AP"},
        "The minister resigned on Monday",
        headline="Minister resigns over the port deal.",
    ),
    Case(
        "a short line with a colon is no dateline",
        " date 2024-06-03 Envoys: Talks will go on soon.\n\nThe envoys of both countries "
        "said on Monday that the talks would go on next week.",
        {"place": None},
        "Envoys: Talks will go on soon.",
    ),
    Case(
        "a label in capitals with a full stop is no place",
        " date 2024-06-04 University defends its articles\n\nABSTRACT.\n\nThe university "
        "rebutted the company's accusation on Monday, in a letter to its lawyers.",
        {"place": None},
        "The university rebutted",
        headline="University defends its articles",
    ),
    Case(
        "a short line after a header still opens with its dateline",
        "(MENAFN- Jordan News Agency) AMMAN - Talks resumed on Monday.\n\nMore talks follow.",
        {"place": "AMMAN", "outlet": "Jordan News Agency"},
        "Talks resumed on Monday.",
    ),
    # -- more outlets: wire styles and bylines of agencies' own sites --------
    Case(
        "a tag, a stop and a dash: `(EFE).- `",
        " date 2025-05-06 Madrid, May 6 (EFE).- The two governments agreed on Tuesday "
        "to reopen the consulates they closed last year.",
        {"place": "Madrid", "date": D(2025, 5, 6), "agency": "EFE"},
        "The two governments agreed on Tuesday",
    ),
    Case(
        "place, date with its year, agency and a double dash",
        " date 2025-05-07 Riyadh, May 06, 2025, SPA -- The cabinet approved a draft "
        "memorandum on cultural exchange at its weekly session.",
        {"place": "Riyadh", "date": D(2025, 5, 6), "agency": "SPA"},
        "The cabinet approved a draft memorandum",
    ),
    Case(
        "place, date and agency in capitals, then a full stop",
        " date 2025-05-06 YEREVAN, MAY 6, EXAMPLEPRESS. The speaker of parliament "
        "received a delegation of the neighbouring assembly.",
        {"place": "YEREVAN", "date": D(2025, 5, 6), "agency": "EXAMPLEPRESS"},
        "The speaker of parliament received",
    ),
    Case(
        "a tagless place with its country: `NAIROBI, Kenya (AP) — `",
        "Regional leaders meet on the ceasefire\n\nNAIROBI, Kenya (AP) — Regional leaders "
        "met on Tuesday to discuss a ceasefire, officials said.",
        {"place": "NAIROBI, Kenya", "agency": "AP"},
        "Regional leaders met on Tuesday",
        headline="Regional leaders meet on the ceasefire",
    ),
    Case(
        "two places and a tag in small letters: `Berlin/Kyiv (dpa) - `",
        " date 2025-05-06 Berlin/Kyiv (dpa) - The two ministers agreed on new deliveries "
        "of air defence systems, the ministry said.",
        {"place": "Berlin/Kyiv", "agency": "dpa"},
        "The two ministers agreed on new deliveries",
    ),
    Case(
        "an agency's name glued to the headline's end: `Title-Xinhua`",
        "Ministers hold talks on the transit corridor-Xinhua\n\n"
        "Ministers hold talks on the transit corridor\n\n"
        "BEIJING, May 6 (Xinhua) -- The foreign ministers of the two states "
        "held talks on the corridor on Tuesday.",
        {"place": "BEIJING", "agency": "Xinhua"},
        "The foreign ministers of the two states",
        headline="Ministers hold talks on the transit corridor",
    ),
    Case(
        "a hyphen in a headline's last word that is no agency stays",
        "Ministers Agree on a Pro-Trade Deal\n\n"
        "BEIJING, May 6 (Xinhua) -- The foreign ministers of the two states "
        "agreed on the deal on Tuesday.",
        {"place": "BEIJING", "agency": "Xinhua"},
        "The foreign ministers of the two states",
        headline="Ministers Agree on a Pro-Trade Deal",
    ),
    Case(
        "ANI's layout with no tag: `New Delhi [India], May 6 : `",
        " date 2025-05-06 New Delhi [India], May 6 : The foreign minister will visit "
        "three African countries next week, his spokeswoman said.",
        {"place": "New Delhi [India]", "date": D(2025, 5, 6), "agency": None},
        "The foreign minister will visit three",
    ),
    Case(
        "a place in ANI's layout with no date after it makes no dateline",
        " date 2025-05-06 Abu Dhabi [UAE], next week: The foreign minister will "
        "visit three African countries, his spokeswoman said.",
        {"place": None, "agency": None},
        "Abu Dhabi [UAE], next week:",
    ),
    Case(
        "square brackets with no date after them make no dateline",
        " date 2025-05-06 The report [PDF], published today: The foreign minister "
        "will visit three African countries next week.",
        {"place": None, "agency": None},
        "The report [PDF], published today:",
    ),
    Case(
        "a tag between slashes after the date: `MOSCOW, May 6. /TASS/. `",
        " date 2025-05-06 MOSCOW, May 6. /TASS/. The foreign minister will visit three "
        "African countries next week, his spokeswoman said.",
        {"place": "MOSCOW", "date": D(2025, 5, 6), "agency": "TASS"},
        "The foreign minister will visit three",
    ),
    Case(
        "a tag between slashes glued to the place: `BAGHDAD/INA/ `",
        " date 2025-05-06 BAGHDAD/INA/ The prime minister received the visiting "
        "delegation of the water committee on Tuesday.",
        {"place": "BAGHDAD", "date": None, "agency": "INA"},
        "The prime minister received the visiting",
    ),
    Case(
        "an outlet's name between slashes after a known place: `Yerevan /Example/. `",
        " date 2025-05-06 Yerevan /Examplemax/. The foreign minister received the "
        "visiting delegation on Tuesday.",
        {"place": "Yerevan", "date": None, "agency": "Examplemax"},
        "The foreign minister received the visiting",
    ),
    Case(
        "a picture's label between slashes after a known place is no agency",
        " date 2025-05-06 Yerevan /Photo/. The foreign minister received the "
        "visiting delegation on Tuesday.",
        {"place": None, "agency": None},
        "Yerevan /Photo/. The foreign minister",
    ),
    Case(
        "a name between slashes after no known place makes no dateline",
        " date 2025-05-06 Ourtown /Examplemax/. The foreign minister received the "
        "visiting delegation on Tuesday.",
        {"place": None, "agency": None},
        "Ourtown /Examplemax/. The foreign minister",
    ),
    Case(
        "slashes that are no agency's tag make no dateline",
        " date 2025-05-06 Sales/Marketing/ The team said on Tuesday that the two offices "
        "would merge next month.",
        {"place": None, "agency": None},
        "Sales/Marketing/ The team said",
    ),
    Case(
        "the tag first: `(ANSA) - ROME, MAY 6 - `",
        " date 2025-05-06 (ANSA) - ROME, MAY 6 - The foreign minister met his Libyan "
        "counterpart in Rome on Tuesday to discuss migration.",
        {"place": "ROME", "date": D(2025, 5, 6), "agency": "ANSA"},
        "The foreign minister met his Libyan",
    ),
    Case(
        "place, date, a stop and a known agency: `ASTANA, May 6. KAZINFORM - `",
        " date 2025-05-06 ASTANA, May 6. KAZINFORM - The foreign minister met the "
        "ambassador of Qatar to discuss investment, the ministry reports.",
        {"place": "ASTANA", "date": D(2025, 5, 6), "agency": "KAZINFORM"},
        "The foreign minister met the ambassador",
    ),
    Case(
        "a colon after the place, then the date: `NICOSIA: 6 May 2025 – `",
        "NICOSIA: 6 May 2025 – The two governments welcomed the agreement on the "
        "undersea cable, the spokesman said on Tuesday.",
        {"place": "NICOSIA", "date": D(2025, 5, 6), "agency": None},
        "The two governments welcomed",
    ),
    Case(
        "names in capitals and the agency's name after them",
        "Leaders gather for the summit\nBy DANA LEVI and OMAR HADDAD Associated Press\n"
        "June 4, 2024, 9:15 AM\n\nThe leaders gathered in the capital on Tuesday for "
        "two days of talks on trade.",
        {
            "bylines": ("DANA LEVI", "OMAR HADDAD"),
            "agency": "Associated Press",
        },
        "The leaders gathered in the capital",
        headline="Leaders gather for the summit",
    ),
    Case(
        "a byline and its date with no mark between",
        " date 2024-11-12 Coast guards sign a pact\n\nBy Dana L. Levi  November 12, 2024, "
        "6:05 pm\n\nMANILA – The two coast guards signed a cooperation pact on Tuesday, "
        "the department said.",
        {"bylines": ("Dana L. Levi",), "place": "MANILA"},
        "The two coast guards signed",
        headline="Coast guards sign a pact",
    ),
    Case(
        "a byline with its agency after a bar: `By Dana Levi | MAP`",
        " date 2025-05-06 Fisheries talks resume\n\nBy Dana Levi | MAP\n\nRabat - The two "
        "delegations resumed talks on a fisheries agreement on Tuesday.",
        {"bylines": ("Dana Levi",), "agency": "MAP", "place": "Rabat"},
        "The two delegations resumed talks",
        headline="Fisheries talks resume",
    ),
    Case(
        "a hyphenated given name whose part is a furniture word: `Kim Min-ji`",
        " date 2025-05-06 Security dialogue to resume\n\nBy Kim Min-ji\n\nSEOUL, May 6 "
        "(Yonhap) -- The two countries agreed on Tuesday to resume their security dialogue.",
        {"bylines": ("Kim Min-ji",), "place": "SEOUL", "agency": "Yonhap"},
        "The two countries agreed on Tuesday",
        headline="Security dialogue to resume",
    ),
    Case(
        "a name beside a date after a bar, then a place line",
        " date 2024-05-12 Energy corridor on the agenda\n\nDana Levi  | 12.05.2024 - "
        "Update : 12.05.2024\n\nANKARA\n\nThe two countries discussed a new energy corridor "
        "during talks in the capital on Sunday.",
        {"bylines": ("Dana Levi",), "place": "ANKARA", "agency": None},
        "The two countries discussed a new energy",
        headline="Energy corridor on the agenda",
    ),
    Case(
        "a name beside its outlet, then a place beside the date",
        "Leaders to meet next month\nDana Levi (The Example Post)\nJakarta   ●   Tue, May 6, "
        "2025\n\nThe two countries will hold their annual leaders' meeting next month, "
        "officials said.",
        {"bylines": ("Dana Levi",), "place": "Jakarta"},
        "The two countries will hold their annual",
        headline="Leaders to meet next month",
    ),
    Case(
        "a place at the end of the timestamp line, a byline below",
        " date 2025-05-06 Neighbours sign defence pact\n\nUpdated - May 06, 2025 10:12 pm IST "
        "- NEW DELHI\n\nDana Levi\n\nThe two neighbours signed a defence cooperation pact "
        "on Tuesday, officials said.",
        {"bylines": ("Dana Levi",), "place": "NEW DELHI"},
        "The two neighbours signed a defence",
        headline="Neighbours sign defence pact",
    ),
    Case(
        "a place line, then the time, then the text",
        " date 2025-05-06 Two ministers vow to expand trade\n\nEXAMPLE DAILY WITH AGENCIES\n"
        "ISTANBUL\nMay 06, 2025 - 12:30 pm GMT+3\n\nThe two ministers vowed on Tuesday to "
        "expand trade and energy ties after talks.",
        {"bylines": (), "place": "ISTANBUL"},
        "The two ministers vowed on Tuesday",
        headline="Two ministers vow to expand trade",
    ),
    Case(
        "a section label in capitals above the time is no place",
        " date 2025-05-06 Two ministers vow to expand trade\n\nWORLD\nMay 06, 2025 - 12:30 pm"
        "\n\nThe two ministers vowed on Tuesday to expand trade and energy ties after talks.",
        {"place": None},
        "The two ministers vowed on Tuesday",
        headline="Two ministers vow to expand trade",
    ),
    Case(
        "an outlet's language edition is no byline",
        " date 2025-05-06 Ministers hold talks\nGulf Example English\nPublished: 06 May ,2025: "
        "03:10 PM GST\n\nThe two foreign ministers held talks on Tuesday, the agency "
        "reported.",
        {"bylines": (), "agency": None},
        "The two foreign ministers held talks",
        headline="Ministers hold talks",
    ),
    Case(
        "an agency's full name in a timestamp line",
        " date 2025-03-05 Two governments agree on equipment transfer\n\nKYODO NEWS - Mar 5, "
        "2025 - 18:22 | World, All\n\nTOKYO - The two governments agreed on Wednesday to "
        "start talks on transferring equipment.",
        {"agency": "KYODO NEWS", "place": "TOKYO"},
        "The two governments agreed on Wednesday",
        headline="Two governments agree on equipment transfer",
    ),
    Case(
        "a place, a full stop, the date and the tag: `MOSCOW. May 6 (Interfax) - `",
        " date 2025-05-06 MOSCOW. May 6 (Interfax) - The two delegations discussed "
        "payments for supplies at talks on Tuesday, a source said.",
        {"place": "MOSCOW", "date": D(2025, 5, 6), "agency": "Interfax"},
        "The two delegations discussed payments",
    ),
    Case(
        "a weekday before the date: `RAMALLAH, Tuesday, May 6, 2025 (WAFA) - `",
        "RAMALLAH, Tuesday, May 6, 2025 (WAFA) - The president received the visiting "
        "envoy at his headquarters on Tuesday.",
        {"place": "RAMALLAH", "date": D(2025, 5, 6), "agency": "WAFA"},
        "The president received the visiting envoy",
    ),
    Case(
        "an agency's tag alone before a dash is no place: `NNA - `",
        " date 2025-05-06 NNA - The caretaker prime minister received the visiting "
        "foreign minister at the government palace on Tuesday.",
        {"place": None, "agency": "NNA"},
        "The caretaker prime minister received",
    ),
    Case(
        "a place and an agency on a line of their own: `Ramallah - Wafa:`",
        " date 2025-05-06 Envoy meets officials\n\nRamallah - Wafa:\n\nThe envoy met officials "
        "in the capital on Tuesday to discuss an exchange of prisoners.",
        {"place": "Ramallah", "agency": "Wafa"},
        "The envoy met officials in the capital",
        headline="Envoy meets officials",
    ),
    Case(
        "the agency after the dash of a place-date dateline",
        " date 2025-05-06 MOSCOW, 6 May - RIA Novosti. The foreign minister will visit "
        "three countries next week, the ministry said on Tuesday.",
        {"place": "MOSCOW", "date": D(2025, 5, 6), "agency": "RIA Novosti"},
        "The foreign minister will visit three",
    ),
    Case(
        "an agency's two-word name on its own line is no byline: `Jiji Press`",
        " date 2025-05-06 Finance ministers meet\n\nJiji Press\n\nTokyo, May 6 (Jiji Press)--The "
        "two finance ministers met in the capital on Tuesday.",
        {"bylines": (), "agency": "Jiji Press", "place": "Tokyo"},
        "The two finance ministers met",
        headline="Finance ministers meet",
    ),
    Case(
        "a place in capitals and its date in parentheses: `KUCHING (May 6): `",
        " date 2025-05-06 KUCHING (May 6): The state government will host a trade "
        "mission from a neighbouring country next week, a minister said.",
        {"place": "KUCHING", "date": D(2025, 5, 6), "agency": None},
        "The state government will host",
    ),
    Case(
        "a slash with no wire's name before the dash: `ABUJA, Nigeria, May 6, 2025/ -- `",
        "ABUJA, Nigeria, May 6, 2025/ -- The capital hosted a regional security summit "
        "on Tuesday, attended by leaders from six countries.",
        {"place": "ABUJA, Nigeria", "date": D(2025, 5, 6), "agency": None},
        "The capital hosted a regional security",
    ),
    Case(
        "a French month in small letters before the tag: `Ouagadougou, 6 mai 2025 (AIB) - `",
        "Ouagadougou, 6 mai 2025 (AIB) - The two ministers held talks on security in the "
        "capital on Tuesday.",
        {"place": "Ouagadougou", "date": D(2025, 5, 6), "agency": "AIB"},
        "The two ministers held talks on security",
    ),
    Case(
        "a byline with the person's title after a comma",
        "Two countries sign port deal\nDana Levi, Senior Reporter\nPublished: May 06, 2025 "
        "14:22\n\nDubai: The two countries signed a deal on Tuesday to develop a port on "
        "the coast, officials said.",
        {"bylines": ("Dana Levi",), "place": "Dubai"},
        "The two countries signed a deal",
        headline="Two countries sign port deal",
    ),
    Case(
        "a byline with the agencies it draws on: `Dana Levi with AP, Reuters`",
        "Neighbours agree on border checks\n\nDana Levi with AP, Reuters\n06/05/2025\n\nThe "
        "two neighbours agreed on Tuesday to coordinate their border checks, the ministries "
        "said.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours agree on border checks",
    ),
    Case(
        "a staff label and its name is no headline: `Editor: Li Ming`",
        " date 2025-05-06 Editor: Li Ming\n2025-05-06 20:41:09\n\nTwo countries sign trade "
        "protocol\n\nThe two countries signed a protocol on Tuesday to upgrade their free "
        "trade agreement.",
        {"place": None},
        "The two countries signed a protocol",
        headline="Two countries sign trade protocol",
    ),
    Case(
        "a line with a word in capitals is no name: `Example Weekly CEO`",
        " date 2025-05-06 Port operator names new chief\n\nExample Weekly CEO\n\nThe port "
        "operator named a new chief executive on Tuesday, the board said.",
        {"bylines": ()},
        "The port operator named a new chief",
        headline="Port operator names new chief",
    ),
    Case(
        "after `with`, only agencies: `Dana Levi with Example Daily` is no byline",
        " date 2025-05-06 Ministers meet in the capital\n\nDana Levi with Example Daily\n\n"
        "The two ministers met in the capital on Tuesday, officials said.",
        {"bylines": ()},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a byline, a label and the date: `By Dana Levi  Updated May 6, 2025`",
        " date 2025-05-06 Ministers meet in the capital\n\nBy Dana Levi  Updated May 6, 2025"
        "\n\nThe two ministers met in the capital on Tuesday, officials said.",
        {"bylines": ("Dana Levi",)},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a surname that ends an agency's name is still a name: `By Sam Press`",
        " date 2025-05-06 Ministers meet in the capital\n\nBy Sam Press\n\nThe two ministers "
        "met in the capital on Tuesday, officials said.",
        {"bylines": ("Sam Press",), "agency": None},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a name and a title that is no role or credit is no byline",
        " date 2025-05-06 Ministers meet in the capital\n\nDana Levi, Example Daily\n\n"
        "The two ministers met in the capital on Tuesday, officials said.",
        {"bylines": ()},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    # -- a fourth round of layouts from further outlets ---------------------
    Case(
        "a day-first date with dashes in a tagged dateline: `Port Elena, 6-5-2025 (SUNA) - `",
        " date 2025-05-07 Council chairman receives envoy\n\nPort Elena, 6-5-2025 (SUNA) - "
        "The council chairman received a special envoy on Tuesday, who delivered a message.",
        {"place": "Port Elena", "date": D(2025, 5, 6), "agency": "SUNA"},
        "The council chairman received a special envoy",
        headline="Council chairman receives envoy",
    ),
    Case(
        "a month, a day and the year after a slash: `Northport, May 6/2025 (ENA) — `",
        " date 2025-05-06 Neighbours agree on port access\n\nNorthport, May 6/2025 (ENA) — "
        "The two neighbours agreed to expand access to the port, the ministry said.",
        {"place": "Northport", "date": D(2025, 5, 6), "agency": "ENA"},
        "The two neighbours agreed to expand access",
        headline="Neighbours agree on port access",
    ),
    Case(
        "a newspaper's name alone or after By The is no byline: `Example Times`",
        " date 2025-05-06 Ministers meet in the capital\n\nExample Times\nBy The Example Herald"
        "\n\nThe two ministers met in the capital on Tuesday, officials said.",
        {"bylines": (), "agency": None},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a byline's place after a comma is no name: `By Dana Levi, Northport`",
        " date 2025-05-06 Ministers meet in the capital\n\nBy Dana Levi, Northport\n"
        "May 6, 2025 09:12 PM IST\n\nThe two ministers met in the capital on Tuesday, "
        "officials said.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a labelled byline above the body: `WRITER: Dana Levi`",
        " date 2025-05-06 Ministers meet in the capital\n\nPUBLISHED : 6 May 2025 at 14:22\n"
        "WRITER: Dana Levi\n\nThe two ministers met in the capital on Tuesday, officials "
        "said.",
        {"bylines": ("Dana Levi",)},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a breadcrumb with slashes is no headline: `Home / News / Embassy News`",
        " date 2025-05-06 Home / News / Embassy News\n\nAmbassador meets regional governor"
        "\n\nThe ambassador met the regional governor on Tuesday and discussed trade.",
        {"place": None},
        "The ambassador met the regional governor",
        headline="Ambassador meets regional governor",
    ),
    Case(
        "a section's name above the title is no headline: `Peace and Security`",
        " date 2025-05-06 Peace and Security\n\nCouncil extends mandate of the mission\n\n"
        "6 May 2025\n\nThe council on Tuesday extended the mandate of the mission for a "
        "year, in a unanimous vote.",
        {"place": None},
        "The council on Tuesday extended the mandate",
        headline="Council extends mandate of the mission",
    ),
    Case(
        "the date first and the place in parentheses: `May 6, 2025 (NORTHPORT) – `",
        " date 2025-05-07 Neighbours discuss pipeline security\n\nMay 6, 2025 (NORTHPORT) – "
        "The two neighbours discussed the security of the pipeline on Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": None},
        "The two neighbours discussed the security",
        headline="Neighbours discuss pipeline security",
    ),
    Case(
        "a label in parentheses after the date is no place: `May 6, 2025 (UPDATED) - `",
        " date 2025-05-07 Neighbours discuss pipeline security\n\nMay 6, 2025 (UPDATED) - "
        "The two neighbours discussed the security of the pipeline on Tuesday.",
        {"place": None, "date": None},
        "May 6, 2025 (UPDATED) - The two neighbours",
        headline="Neighbours discuss pipeline security",
    ),
    Case(
        "a dash dateline with the place's region: `NORTHPORT, Example Region - `",
        " date 2025-05-06 Region and capital resume talks\n\nNORTHPORT, Example Region - "
        "Delegations from the region and the capital resumed talks on Tuesday.",
        {"place": "NORTHPORT, Example Region", "agency": None},
        "Delegations from the region and the capital",
        headline="Region and capital resume talks",
    ),
    Case(
        "a dash dateline in accented capitals: `SÃO TOMÉ — `",
        " date 2025-05-06 Neighbours upgrade border gates\n\nSÃO TOMÉ — The two neighbours "
        "will upgrade three border gates, the ministers agreed on Monday.",
        {"place": "SÃO TOMÉ"},
        "The two neighbours will upgrade three border gates",
        headline="Neighbours upgrade border gates",
    ),
    Case(
        "an outlet's name and a slash before the text: `Example News/ `",
        " date 2025-05-06 Minister receives ambassador\n\nExample News/ The foreign minister "
        "received the ambassador in the capital on Tuesday.",
        {"place": None, "agency": None},
        "The foreign minister received the ambassador",
        headline="Minister receives ambassador",
    ),
    Case(
        "a known agency's name and a slash before the text: `INA/ `",
        " date 2025-05-06 Minister receives ambassador\n\nINA/ The foreign minister received "
        "the ambassador in the capital on Tuesday.",
        {"place": None, "agency": "INA"},
        "The foreign minister received the ambassador",
        headline="Minister receives ambassador",
    ),
    Case(
        "a name and a slash that credits no one stay in the text: `Northport Harbour/ `",
        " date 2025-05-06 Harbour works begin\n\nNorthport Harbour/ The works on the new "
        "quay began on Tuesday, the port authority said.",
        {"place": None, "agency": None},
        "Northport Harbour/ The works on the new quay",
        headline="Harbour works begin",
    ),
    Case(
        "a byline after a timestamp's date: `Published on 06/05/2025 - 14:22 By Dana Levi - `",
        " date 2025-05-06 Neighbours sign corridor deal\n\nPublished on 06/05/2025 - 14:22 "
        "By Dana Levi - Example Reporter - Northport\n\nThe two neighbours signed a deal on "
        "Tuesday to speed up works on the corridor.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours signed a deal",
        headline="Neighbours sign corridor deal",
    ),
    Case(
        "an outlet's staff and agencies credit no one: `The Example Staff & Agencies`",
        " date 2025-05-06 The Example Staff & Agencies\n\n6 May, 2025\n\nLeaders discuss "
        "reconstruction plans\n\nThe two leaders discussed plans for the reconstruction at a "
        "meeting on Tuesday.",
        {"bylines": ()},
        "The two leaders discussed plans",
        headline="Leaders discuss reconstruction plans",
    ),
    Case(
        "below the headline, a place and an outlet on a line: `Northport - Example Daily`",
        " date 2025-05-06 Ministers discuss ties\n\nNorthport - Example Daily\n\nThe foreign "
        "minister received his counterpart on Tuesday, discussing ties.",
        {"place": "Northport", "agency": None},
        "The foreign minister received his counterpart",
        headline="Ministers discuss ties",
    ),
    Case(
        "below the headline, a place and a tag with a colon: `Northport - Example:`",
        " date 2025-05-06 Envoy meets officials\n\nNorthport - Example:\n\nThe envoy met "
        "officials in the capital on Tuesday to discuss an exchange.",
        {"place": "Northport", "agency": "Example"},
        "The envoy met officials in the capital",
        headline="Envoy meets officials",
    ),
    Case(
        "above any headline, a place, a dash and words are the headline: `Northport - The Long Night`",
        " date 2025-05-06 Northport - The Long Night\n\nThe storm cut power to the city on "
        "Tuesday, officials said.",
        {"place": None, "agency": None},
        "The storm cut power to the city",
        headline="Northport - The Long Night",
    ),
    Case(
        "a surname that is also an outlet's word is a name: `By Sam Herald`",
        " date 2025-05-06 Ministers meet in the capital\n\nBy Sam Herald\n\nThe two "
        "ministers met in the capital on Tuesday, officials said.",
        {"bylines": ("Sam Herald",), "agency": None},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a name alone that ends in an edition's word is a name: `Richard English`",
        " date 2025-05-06 Ministers meet in the capital\n\nRichard English\n\nThe two "
        "ministers met in the capital on Tuesday, officials said.",
        {"bylines": ("Richard English",), "agency": None},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a short headline ending in a newspaper's word is a headline: `... Social Post`",
        " date 2025-05-06 Minister Deletes Social Post\n\nThe minister deleted a post on "
        "Tuesday after criticism, officials said.",
        {"bylines": ()},
        "The minister deleted a post",
        headline="Minister Deletes Social Post",
    ),
    Case(
        "a name and an office under the headline is the subject, no byline: `X, Northland President`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nOmar Haddad, Northland "
        "President\n\nThe two leaders agreed on Tuesday to share the river's water, "
        "officials said.",
        {"bylines": ()},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a name and a journalist's title is a byline: `Dana Levi, Staff Writer`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nDana Levi, Staff Writer"
        "\n\nThe two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": ("Dana Levi",)},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "two names and a dash under the headline are no place and credit: `Northport City - Southport`",
        " date 2025-05-06 Cup final set for Saturday\n\nNorthport City - Southport\n\nThe two "
        "clubs will meet in the cup final on Saturday, organisers said.",
        {"place": None, "agency": None},
        "The two clubs will meet in the cup final",
        headline="Cup final set for Saturday",
    ),
    Case(
        "a word that is an agency's name only in capitals is no agency: `Interactive - Map`",
        " date 2025-05-06 Where the talks stand\n\nInteractive - Map\n\nThe two sides "
        "resumed talks on Tuesday, officials said.",
        {"place": None, "agency": None},
        "The two sides resumed talks",
        headline="Where the talks stand",
    ),
    Case(
        "two places and a dash under the headline are no place and credit: `Kyiv - Warsaw`",
        " date 2025-05-06 Envoys shuttle between capitals\n\nKyiv - Warsaw\n\nThe envoys "
        "travelled between the two capitals on Tuesday, officials said.",
        {"place": None, "agency": None},
        "The envoys travelled between",
        headline="Envoys shuttle between capitals",
    ),
    Case(
        "a known place and an outlet of any name under the headline: `Riyadh - Example Al-Arabiya`",
        " date 2025-05-06 Ministers discuss ties\n\nRiyadh - Example Al-Arabiya\n\nThe "
        "foreign minister received his counterpart on Tuesday, discussing ties.",
        {"place": "Riyadh", "agency": None},
        "The foreign minister received his counterpart",
        headline="Ministers discuss ties",
    ),
    Case(
        "a label and a day number in parentheses is no dateline: `LIVE (Day 3): `",
        " date 2025-05-06 Summit enters its third day\n\nLIVE (Day 3): The ministers resumed "
        "their talks on Tuesday morning, officials said.",
        {"place": None, "date": None},
        "LIVE (Day 3): The ministers resumed",
        headline="Summit enters its third day",
    ),
    Case(
        "a weekday and a date in parentheses is no dateline: `MONDAY (May 5): `",
        " date 2025-05-06 Summit enters its third day\n\nMONDAY (May 5): The ministers "
        "opened their talks, officials said.",
        {"place": None, "date": None},
        "MONDAY (May 5): The ministers opened",
        headline="Summit enters its third day",
    ),
    Case(
        "a headline after a staff label's word is a headline: `Sources: Mediators Expect ...`",
        " date 2025-05-06 Sources: Mediators Expect Port Deal This Week\n\nThe mediators "
        "expect the two sides to sign the port deal this week, officials said.",
        {"bylines": ()},
        "The mediators expect the two sides",
        headline="Sources: Mediators Expect Port Deal This Week",
    ),
    Case(
        "a headline joining names with slashes is no breadcrumb: `Northport / Southport / ...`",
        " date 2025-05-06 Northport / Southport / River Truce Holds\n\nThe truce between the "
        "two river towns held on Tuesday, officials said.",
        {"bylines": ()},
        "The truce between the two river towns",
        headline="Northport / Southport / River Truce Holds",
    ),
    Case(
        "a byline's label before words that name nobody is a headline: `Writer: The Last ...`",
        " date 2025-05-06 Writer: The Last Days Of Summer\n\nThe novelist spoke on Tuesday "
        "about her new book, organisers said.",
        {"bylines": ()},
        "The novelist spoke on Tuesday",
        headline="Writer: The Last Days Of Summer",
    ),
    Case(
        "a headline with a date and `By` is no timestamp's byline: `... For May 6 Hosted By ...`",
        " date 2025-05-06 Port Talks Set For May 6 Hosted By Port Elena\n\nThe two sides will "
        "meet in the capital next week, officials said.",
        {"bylines": ()},
        "The two sides will meet",
        headline="Port Talks Set For May 6 Hosted By Port Elena",
    ),
    Case(
        "a name beside a picture's note is the person shown, no byline: `Omar Haddad (File photo)`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nOmar Haddad (File photo)\n\n"
        "The two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": ()},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a name beside a picture's credit is no byline: `Omar Haddad (Photo: Example News)`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nOmar Haddad (Photo: Example "
        "News)\n\nThe two leaders agreed on Tuesday to share the river's water, officials "
        "said.",
        {"bylines": ()},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a known place beside the date is no byline: `Abu Dhabi | May 6, 2025`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nAbu Dhabi | May 6, 2025\n\n"
        "The two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": (), "place": "Abu Dhabi"},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a weekday after the place's comma is no region: `NORTHPORT, Tuesday - `",
        " date 2025-05-06 Ministers meet in the capital\n\nNORTHPORT, Tuesday - The two "
        "ministers met in the capital to agree on trade, officials said.",
        {"place": None},
        "NORTHPORT, Tuesday - The two ministers",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a weekday before a colon and a date is no place: `Friday: 9 May 2025 - `",
        " date 2025-05-10 Ministers meet in the capital\n\nFriday: 9 May 2025 - The two "
        "ministers met in the capital to agree on trade, officials said.",
        {"place": None, "date": None},
        "Friday: 9 May 2025 - The two ministers",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a label before a colon and a date is no place: `Deadline: May 31, 2025 - `",
        " date 2025-05-10 Grants open for river towns\n\nDeadline: May 31, 2025 - Applicants "
        "must register with the ministry before the end of the month.",
        {"place": None, "date": None},
        "Deadline: May 31, 2025 - Applicants",
        headline="Grants open for river towns",
    ),
    Case(
        "the date first and an agency in parentheses: `May 6, 2025 (AFP) - ` names no place",
        " date 2025-05-06 Ministers meet in the capital\n\nMay 6, 2025 (AFP) - The two "
        "ministers met in the capital to agree on trade, officials said.",
        {"place": None, "agency": "AFP", "date": D(2025, 5, 6)},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a name at the end of a timestamp line is a byline, not a place: `May 6, 2025 | Dana Levi`",
        " date 2025-05-06 Ministers meet in the capital\n\nMay 6, 2025 | Dana Levi\n\nThe two "
        "ministers met in the capital on Tuesday, officials said.",
        {"place": None, "bylines": ("Dana Levi",)},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a region's name in small letters beside the date is no place: `Middle East | May 6, 2025`",
        " date 2025-05-06 Ministers meet in the capital\n\nMiddle East | May 6, 2025\n\nThe "
        "two ministers met in the capital on Tuesday, officials said.",
        {"place": None, "bylines": ()},
        "The two ministers met in the capital",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a short agency's name in small letters is a word, no tag: `(map) - NORTHPORT - `",
        " date 2025-05-06 Ministers meet in the capital\n\n(map) - NORTHPORT - The two "
        "ministers met in the capital to agree on trade, officials said.",
        {"agency": None},
        "(map) - NORTHPORT - The two ministers",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a place and a short agency's name in small letters is no dateline: `Northport (ansa) - `",
        " date 2025-05-06 Ministers meet in the capital\n\nNorthport (ansa) - The two "
        "ministers met in the capital to agree on trade, officials said.",
        {"place": None, "agency": None},
        "Northport (ansa) - The two ministers",
        headline="Ministers meet in the capital",
    ),
    Case(
        "a name beside an agency in brackets is a picture's subject, no byline: `Omar Haddad (AFP)`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nOmar Haddad (AFP)\n\nThe two "
        "leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": ()},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a known place and one unknown word under the headline are no dateline: `Kyiv - Northport`",
        " date 2025-05-06 Late goal seals derby win\n\nKyiv - Northport\n\nThe home side "
        "scored in the last minute to win the derby on Tuesday.",
        {"place": None, "agency": None},
        "The home side scored in the last minute",
        headline="Late goal seals derby win",
    ),
    Case(
        "a known city alone below the headline is the place, no byline: `Kuala Lumpur`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nKuala Lumpur\n\n"
        "The two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": (), "place": "Kuala Lumpur"},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a person's name alone below the headline stays a byline: `Dana Levi`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nDana Levi\n\n"
        "The two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    Case(
        "a known city below an outlet's name is the outlet's city, no place: `Example Times`, `Kuala Lumpur`",
        " date 2025-05-06 Leaders agree on shared water plan\n\nExample Times\nKuala Lumpur\n\n"
        "The two leaders agreed on Tuesday to share the river's water, officials said.",
        {"bylines": (), "place": None},
        "The two leaders agreed on Tuesday",
        headline="Leaders agree on shared water plan",
    ),
    # -- a sixth round of outlets: European, Latin American, African and
    # Asian sites, UN and parliament pages, feeds, PDFs, print, newsletters --
    Case(
        "a Spanish date with `de` and an accented tag: `Lima, 6 de mayo (Télam) - `",
        " date 2025-05-06 Acuerdo comercial entre los dos países\n\nLima, 6 de mayo "
        "(Télam) - Los cancilleres de los dos países firmaron hoy un acuerdo comercial.",
        {"place": "Lima", "date": D(2025, 5, 6), "agency": "Télam"},
        "Los cancilleres de los dos países firmaron",
        headline="Acuerdo comercial entre los dos países",
    ),
    Case(
        "a French agency's short month: `Dakar, 6 fév (APS) - `",
        " date 2025-02-06 Le président reçoit un envoyé\n\nDakar, 6 fév (APS) - Le président "
        "de la République a reçu jeudi un envoyé spécial de son voisin.",
        {"place": "Dakar", "date": D(2025, 2, 6), "agency": "APS"},
        "Le président de la République a reçu jeudi",
        headline="Le président reçoit un envoyé",
    ),
    Case(
        "an agency's service first, then a dated place: `(EXAMPLEmed) - NORTHPORT, MAY 6 - `",
        " date 2025-05-06 Ministers sign deal on seasonal workers\n\n(EXAMPLEmed) - "
        "NORTHPORT, MAY 6 - The two ministers signed a deal on seasonal workers on Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "EXAMPLEmed"},
        "The two ministers signed a deal",
        headline="Ministers sign deal on seasonal workers",
    ),
    Case(
        "a known city makes any short tag in capitals one: `Geneva (EXRC) – `",
        " date 2025-05-06 Committee calls for access to detainees\n\nGeneva (EXRC) – The "
        "committee called on all parties on Tuesday to let its teams visit detainees.",
        {"place": "Geneva", "agency": "EXRC"},
        "The committee called on all parties",
        headline="Committee calls for access to detainees",
    ),
    Case(
        "an unknown place in small letters with an unknown tag is no dateline: `Northport (EXRC) – `",
        " date 2025-05-06 Committee calls for access to detainees\n\nNorthport (EXRC) – The "
        "committee called on all parties on Tuesday to let its teams visit detainees.",
        {"place": None, "agency": None},
        "Northport (EXRC) – The committee",
        headline="Committee calls for access to detainees",
    ),
    Case(
        "a Spanish full stop and dash after the place: `Buenos Aires.- `",
        " date 2025-05-06 Los cancilleres relanzan la comisión\n\nBuenos Aires.- La canciller "
        "y su par relanzaron este martes la comisión binacional, que no se reunía.",
        {"place": "Buenos Aires"},
        "La canciller y su par relanzaron",
        headline="Los cancilleres relanzan la comisión",
    ),
    Case(
        "the same in capitals: `NORTHPORT.- `",
        " date 2025-05-06 Ministers relaunch joint commission\n\nNORTHPORT.- The two "
        "ministers relaunched the joint commission on Tuesday after six years.",
        {"place": "NORTHPORT"},
        "The two ministers relaunched",
        headline="Ministers relaunch joint commission",
    ),
    Case(
        "a place with a particle in small letters: `Dar es Salaam — `",
        " date 2025-05-06 Neighbours agree on railway revamp\n\nDar es Salaam — The two "
        "neighbours agreed on a timetable to revamp the railway, the ministry said.",
        {"place": "Dar es Salaam"},
        "The two neighbours agreed on a timetable",
        headline="Neighbours agree on railway revamp",
    ),
    Case(
        "an aggregator's source in brackets before the dateline: `[Example Daily] Rabat — `",
        " date 2025-05-06 Example: Neighbours Agree On Railway Revamp\n\n[Example Daily] "
        "Rabat — The two neighbours agreed on a timetable to revamp the railway on Tuesday.",
        {"place": "Rabat"},
        "The two neighbours agreed on a timetable",
        headline="Example: Neighbours Agree On Railway Revamp",
    ),
    Case(
        "a feed item dumped with its field names: `Title:`, `Link:`, `Description:`",
        " date 2025-05-06 Title: Ministers sign lithium accord\nLink: https://example.org/news/1\n"
        "Published: Tue, 06 May 2025 14:05:00 GMT\nDescription: ROME, May 6 (ANSA) - The two "
        "ministers signed an accord on lithium research on Tuesday.\n",
        {"place": "ROME", "date": D(2025, 5, 6), "agency": "ANSA"},
        "The two ministers signed an accord",
        headline="Ministers sign lithium accord",
    ),
    Case(
        "a known city and a full stop: `Jakarta. `",
        " date 2025-05-06 Neighbours agree on sea boundary\n\nBy Dana Levi\n\nJakarta. The "
        "two neighbours have completed the ratification of their sea boundary on Tuesday.",
        {"place": "Jakarta", "bylines": ("Dana Levi",)},
        "The two neighbours have completed",
        headline="Neighbours agree on sea boundary",
    ),
    Case(
        "an unknown word and a full stop is no dateline: `Northport. `",
        " date 2025-05-06 Neighbours agree on sea boundary\n\nBy Dana Levi\n\nNorthport. The "
        "two neighbours have completed the ratification of their sea boundary on Tuesday.",
        {"place": None},
        "Northport. The two neighbours",
        headline="Neighbours agree on sea boundary",
    ),
    Case(
        "a website's name before the place: `EXAMPLE.CO, Jakarta - `",
        " date 2025-05-06 Neighbours to hold joint commission\n\nEXAMPLE.CO, Jakarta - The "
        "two neighbours will hold a joint commission meeting next month, the ministry said.",
        {"place": "Jakarta"},
        "The two neighbours will hold",
        headline="Neighbours to hold joint commission",
    ),
    Case(
        "a place and its date alone below the headline: `NORTHPORT, May 6`",
        " date 2025-05-07 Neighbours sign defence pact\n\nOUR SPECIAL CORRESPONDENT\n\n"
        "NORTHPORT, May 6\n\nThe two neighbours signed a defence pact on Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "bylines": ()},
        "The two neighbours signed a defence pact",
        headline="Neighbours sign defence pact",
    ),
    Case(
        "a place and its date last on a timestamp line: `14:05 | Lima, May 6.`",
        " date 2025-05-06 Neighbours strengthen border cooperation\n\n14:05 | Lima, May 6.\n\n"
        "The two neighbours agreed to strengthen cooperation at their border.",
        {"place": "Lima", "date": D(2025, 5, 6)},
        "The two neighbours agreed to strengthen",
        headline="Neighbours strengthen border cooperation",
    ),
    Case(
        "an agency's tag after the place and date of a timestamp line: `14:05 | Lima, May 6 (ANDINA).`",
        " date 2025-05-06 Neighbours strengthen border cooperation\n\n"
        "14:05 | Lima, May 6 (ANDINA).\n\n"
        "The two neighbours agreed to strengthen cooperation at their border.",
        {"place": "Lima", "date": D(2025, 5, 6), "agency": "ANDINA"},
        "The two neighbours agreed to strengthen",
        headline="Neighbours strengthen border cooperation",
    ),
    Case(
        "a tag no agency has after a timestamp line's place and date is none: `(EXN).`",
        " date 2025-05-06 Neighbours strengthen border cooperation\n\n"
        "14:05 | Lima, May 6 (EXN).\n\n"
        "The two neighbours agreed to strengthen cooperation at their border.",
        {"place": "Lima", "date": D(2025, 5, 6), "agency": None},
        "The two neighbours agreed to strengthen",
        headline="Neighbours strengthen border cooperation",
    ),
    Case(
        "a place in small letters the tables do not know, and its date, is no dateline: `Northport, May 6`",
        " date 2025-05-06 Neighbours strengthen border cooperation\n\n14:05 | Northport, May 6.\n\n"
        "The two neighbours agreed to strengthen cooperation at their border.",
        {"place": None, "date": None},
        "The two neighbours agreed to strengthen",
        headline="Neighbours strengthen border cooperation",
    ),
    Case(
        "a press release's place and date above its title are no dateline: `Lima, 6 May 2025`",
        " date 2025-05-06 Press Release\nNo. 45/2025\nLima, 6 May 2025\n\nMinister receives "
        "ambassador\n\nThe minister received the ambassador at the ministry today.",
        {"place": None, "date": None, "bylines": ()},
        "The minister received the ambassador",
        headline="Minister receives ambassador",
    ),
    Case(
        "a byline with a note in brackets: `By Dana Levi (Northport, correspondent)`",
        " date 2025-05-06 Neighbours pledge joint defence fund\n\nThe two governments want "
        "a common budget line before the summit, a plan that others fear.\n\nBy Dana Levi "
        "(Northport, correspondent)\n\nPublished today at 2:05 pm\n\nThe two neighbours agreed "
        "on Tuesday to set up a joint fund for air defence.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours pledge joint defence fund",
    ),
    Case(
        "a byline with the outlet written for: `By Dana Levi for Example Radio`",
        " date 2025-05-06 Neighbours trade barbs over temple\n\nBy Dana Levi for Example Radio"
        "\n\nOfficials accused their neighbour on Tuesday of moving troops closer.",
        {"bylines": ("Dana Levi",)},
        "Officials accused their neighbour",
        headline="Neighbours trade barbs over temple",
    ),
    Case(
        "an outlet's role before the name: `by Example writer Dana Levi`",
        " date 2025-05-06 Feature: Growers eye new markets\n\nby Example writer Dana Levi\n\n"
        "On a farm outside the capital, workers sort roses bound for markets abroad.",
        {"bylines": ("Dana Levi",)},
        "On a farm outside the capital",
        headline="Feature: Growers eye new markets",
    ),
    Case(
        "a name in capitals with its title: `DANA LEVI, Example staff writer`",
        " date 2025-05-06 Neighbours agree to expand chip cooperation\n\nDANA LEVI, Example "
        "staff writer\n\nThe two neighbours agreed on Tuesday to expand cooperation on chips.",
        {"bylines": ("DANA LEVI",)},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours agree to expand chip cooperation",
    ),
    Case(
        "a journalist's title after a byline's comma is no name: `By Dana Levi, Diplomatic Editor`",
        " date 2025-05-06 Bloc weighs new sanctions\n\nBy Dana Levi, Diplomatic Editor\n\n"
        "The bloc is weighing a new package of sanctions, diplomats said on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The bloc is weighing a new package",
        headline="Bloc weighs new sanctions",
    ),
    Case(
        "the same in small letters: `By Dana Levi, Staff writer`",
        " date 2025-05-06 Neighbours hold security talks\n\nBy Dana Levi, Staff writer\n\n"
        "The two neighbours held their first security talks on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours held their first",
        headline="Neighbours hold security talks",
    ),
    Case(
        "a byline that says where it was sent from: `From Dana Levi, Northport`",
        " date 2025-05-06 President receives delegation\n\nFrom Dana Levi, Northport\n\nThe "
        "President on Tuesday received a delegation from the neighbouring republic.",
        {"bylines": ("Dana Levi",), "place": None},
        "The President on Tuesday received",
        headline="President receives delegation",
    ),
    Case(
        "a name and the writer's place without `By`: `Dana Levi in Northport`",
        " date 2025-05-06 Neighbours revive rail tunnel plan\n\nDana Levi in Northport\n\n"
        "The two neighbours have agreed to revive plans for a rail tunnel.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two neighbours have agreed to revive",
        headline="Neighbours revive rail tunnel plan",
    ),
    Case(
        "a name in capitals with accents: `JOSÉ ÁLVAREZ`",
        " date 2025-05-06 Neighbours agree to reopen customs posts\n\nJOSÉ ÁLVAREZ\n\n"
        "The two neighbours have agreed to reopen the customs posts before the summer.",
        {"bylines": ("JOSÉ ÁLVAREZ",)},
        "The two neighbours have agreed to reopen",
        headline="Neighbours agree to reopen customs posts",
    ),
    Case(
        "an outlet's name below the headline is no byline: `Example Standard`, `Example Dispatch`",
        " date 2025-05-06 Neighbours sign border pact\n\nExample Standard\n\nExample Dispatch"
        "\n\nThe two neighbours have signed a border security pact.",
        {"bylines": ()},
        "The two neighbours have signed",
        headline="Neighbours sign border pact",
    ),
    Case(
        "an outlet after a byline's bar is no agency: `By Dana Levi | Examplenews`",
        " date 2025-05-06 Bloc agrees on transport links\n\nBy Dana Levi | Examplenews\n\n"
        "The bloc and its neighbours agreed on Tuesday to speed up the corridor.",
        {"bylines": ("Dana Levi",), "agency": None},
        "The bloc and its neighbours agreed",
        headline="Bloc agrees on transport links",
    ),
    Case(
        "an agency beside a timestamp's date credits it and names no place: `MTI | 06.05.2025`",
        " date 2025-05-06 Neighbours sign pipeline deal\n\nMTI | 06.05.2025 14:05\n\nThe two "
        "neighbours signed an agreement on Tuesday to build an oil pipeline.",
        {"agency": "MTI", "place": None},
        "The two neighbours signed an agreement",
        headline="Neighbours sign pipeline deal",
    ),
    Case(
        "a trail of sections between bars is no headline: `Example Beat | Diplomacy | East Asia`",
        " date 2025-05-06 The Example\n\nExample Beat | Diplomacy | East Asia\n\nNeighbours "
        "Move Closer on the Sea\n\nBy Dana Levi\n\nOn Monday, the two neighbours signed a "
        "memorandum on coast guard cooperation.",
        {"bylines": ("Dana Levi",)},
        "On Monday, the two neighbours signed",
        headline="Neighbours Move Closer on the Sea",
    ),
    Case(
        "a newsletter's `View in browser` and issue line are no headline",
        " date 2025-05-06 View in browser\n\nIssue #112 | May 6, 2025\n\nNeighbours resume "
        "dialogue\n\nThe two neighbours have resumed their dialogue after a year of tension.",
        {"bylines": ()},
        "The two neighbours have resumed",
        headline="Neighbours resume dialogue",
    ),
    Case(
        "a headline glued to a tagged dateline: `...ambassadorsNORTHPORT, May 6 (ANSA) - `",
        " date 2025-05-06 Neighbours restore ambassadorsNORTHPORT, May 6 (ANSA) - The two "
        "neighbours restored ambassadors on Tuesday after fifteen years.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "ANSA"},
        "The two neighbours restored ambassadors",
        headline="Neighbours restore ambassadors",
    ),
    Case(
        "capitals inside a first line of text glue no dateline to it: `the iPAD, a scheme (pilot)`",
        " date 2025-05-06 Officials backed the iPAD, a scheme (pilot) for schools, on Tuesday, "
        "the ministry said.\n\nMore schools will join the scheme next year.",
        {"place": None, "agency": None},
        "Officials backed the iPAD, a scheme",
    ),
    Case(
        "nor where the words before them are no headline: `An iPAD scheme (pilot)`",
        " date 2025-05-06 An iPAD scheme (pilot) for schools was backed by the ministers on "
        "Tuesday.\n\nMore schools will join the scheme next year.",
        {"place": None, "agency": None},
        "An iPAD scheme (pilot) for schools",
    ),
    Case(
        "a long headline glued to a tagged dateline: `...after a long rowNORTHPORT, May 6 (ANSA) - `",
        " date 2025-05-06 Neighbours restore their ambassadors after a long rowNORTHPORT, May 6 "
        "(ANSA) - The two neighbours restored ambassadors on Tuesday after fifteen years.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "ANSA"},
        "The two neighbours restored ambassadors",
        headline="Neighbours restore their ambassadors after a long row",
    ),
    Case(
        "a section's name with `in` below the headline is no byline: `Week in review`",
        " date 2025-05-06 Neighbours sign border pact\n\nWeek in review\n\nThe two neighbours "
        "have signed a border security pact.",
        {"bylines": ()},
        "The two neighbours have signed",
        headline="Neighbours sign border pact",
    ),
    Case(
        "a kicker naming a place above the title: `War in Example`",
        " date 2025-05-06 EXCLUSIVE\n\nWar in Example\n\nCapitals close in on deal over "
        "exhumations\n\nBy Dana Levi\n\nThe two neighbours are close to a deal, two "
        "officials said on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours are close to a deal",
        headline="Capitals close in on deal over exhumations",
    ),
    Case(
        "a hard-wrapped line of a flattened PDF ends on `of`: text, not a title",
        " date 2025-05-06 JOINT STATEMENT ON THE VISIT\n\nAt the invitation of the President "
        "of Example, the Prime Minister of\nNorthland paid an official visit from 4 to 6 "
        "May 2025.\n\n2. The two leaders held talks.",
        {"bylines": ()},
        "At the invitation of the President of Example, the Prime Minister of",
        headline="JOINT STATEMENT ON THE VISIT",
    ),
    Case(
        "an outlet's one-word name between the summary and the date: `Examplenet`",
        " date 2025-05-06 Neighbours agree on border crossings\n\nThe deal follows years of "
        "thawing relations between the neighbours.\n\nExamplenet\n\nMay 6, 2025\n\nThe two "
        "neighbours have agreed to open four new crossing points.",
        {"bylines": ()},
        "The two neighbours have agreed to open",
        headline="Neighbours agree on border crossings",
    ),
    Case(
        "a place in capitals with its country alone: `NORTHPORT, Example`",
        " date 2025-05-06 Neighbours trade barbs over temple\n\n2025.05.06\n\nNORTHPORT, "
        "Example\n\nOfficials accused their neighbour on Tuesday of moving troops closer.",
        {"place": "NORTHPORT, Example"},
        "Officials accused their neighbour",
        headline="Neighbours trade barbs over temple",
    ),
    Case(
        "a section's label between the date and the writer: `Foreign policy`, `Dana Levi`",
        " date 2025-05-06 Neighbours discuss energy projects\n\n6 May, 2025\n14:05\n\nForeign "
        "policy\n\nDana Levi\n\nThe two neighbours discussed joint energy projects on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours discussed joint energy",
        headline="Neighbours discuss energy projects",
    ),
    Case(
        "a `PRESS RELEASE` label in capitals is no byline",
        " date 2025-05-06 Minister receives ambassador\n\nPRESS RELEASE\n\nThe minister "
        "received the ambassador at the ministry today.",
        {"bylines": ()},
        "The minister received the ambassador",
        headline="Minister receives ambassador",
    ),
    Case(
        "a section and its subsection between bars head the page: `Diplomacy | Example`",
        " date 2025-05-06 Diplomacy | Example\n\nNeighbours reopen their embassies\n\nThe two neighbours "
        "reopened their embassies on Tuesday after a two-year break.",
        {"bylines": ()},
        "The two neighbours reopened their embassies",
        headline="Neighbours reopen their embassies",
    ),
    Case(
        "a title with its outlet after a bar stays the title: `Talks Resume | Example Daily`",
        " date 2025-05-06 Border Talks Resume | Example Daily\n\nThe two neighbours resumed border talks "
        "on Tuesday.",
        {"bylines": ()},
        "The two neighbours resumed border talks",
        headline="Border Talks Resume | Example Daily",
    ),
    Case(
        "the paper's unnamed `Special Correspondent` is no byline",
        " date 2025-05-06 Neighbours sign a currency pact\n\nSpecial Correspondent\nMay 6, 2025 10:14 pm\n\n"
        "The two neighbours signed a pact on trade in local currencies on Tuesday.",
        {"bylines": ()},
        "The two neighbours signed a pact",
        headline="Neighbours sign a currency pact",
    ),
    # -- a seventh round of outlets ----------------------------------------
    Case(
        "a paywall's offer above the headline is no title nor body: `Only $1 for 4 weeks`",
        " date 2025-05-06 Subscribe to unlock this article\n\nTry unlimited access\n\nOnly $1 for 4 weeks\n\n"
        "Then $20 per month. Complete digital access to our journalism. Cancel anytime during your "
        "trial.\n\nNeighbours agree to dredge their river\n\nPublished May 6 2025\n\nThe two neighbours "
        "agreed on Tuesday to dredge the river that forms their border.",
        {"bylines": ()},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours agree to dredge their river",
    ),
    Case(
        "several writers, each with a place: `Dana Levi in Northport and Sam Roe in Southport`",
        " date 2025-05-06 Neighbours agree to dredge their river\n\nDana Levi in Northport and Sam Roe "
        "in Southport\n\nPublished May 6 2025\n\nThe two neighbours agreed on Tuesday to dredge the river.",
        {"bylines": ("Dana Levi", "Sam Roe")},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours agree to dredge their river",
    ),
    Case(
        "the translator's credit above the headline is no title: `Translated by Dana Levi`",
        " date 2025-05-06 Translated by Dana Levi\n\nNeighbours sign a school accord\n\nThe two "
        "neighbours signed an accord on school exchanges on Tuesday.",
        {"bylines": ()},
        "The two neighbours signed an accord",
        headline="Neighbours sign a school accord",
    ),
    Case(
        "an aggregator's `Story by` and an agency's name credit the agency, not a person",
        " date 2025-05-06 Story by Associated Press\n\n• 2h • 2 min read\n\nNeighbours open a rail "
        "link\n\nThe two neighbours opened a rail link between their capitals on Tuesday.",
        {"bylines": (), "agency": "Associated Press"},
        "The two neighbours opened a rail link",
        headline="Neighbours open a rail link",
    ),
    Case(
        "a writer's role after a slash is no part of the name: `By DANA LEVI/ Staff Writer`",
        " date 2025-05-06 Neighbours weigh visa waiver\n\nBy DANA LEVI/ Staff Writer\n\nMay 6, 2025 at "
        "14:05\n\nThe government is weighing a visa waiver for its neighbours.",
        {"bylines": ("DANA LEVI",)},
        "The government is weighing a visa waiver",
        headline="Neighbours weigh visa waiver",
    ),
    Case(
        "a writer's role in small letters before the name: `By political reporter Dana Levi`",
        " date 2025-05-06 Neighbours sign a defence pact\n\nBy political reporter Dana Levi\n\nTue 6 May "
        "2025 at 2:05pm\n\nThe two neighbours signed a defence pact on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours signed a defence pact",
        headline="Neighbours sign a defence pact",
    ),
    Case(
        "a note on the writer below the byline is not the body, and `Guest Essay` names nobody",
        " date 2025-05-06 Opinion | The quiet thaw between two neighbours\n\nGuest Essay\n\nBy Dana "
        "Levi\n\nMs. Levi is a former diplomat.\n\nMay 6, 2025\n\nFor most of the past decade, the two "
        "neighbours have talked past each other.",
        {"bylines": ("Dana Levi",)},
        "For most of the past decade",
        headline="Opinion | The quiet thaw between two neighbours",
    ),
    Case(
        "a picture agency's credit alone on its line is no byline: `Getty Images`",
        " date 2025-05-06 Neighbours settle fishing dispute\n\n6 May 2025\n\nDana Levi\n\nExample News, "
        "Northport\n\nGetty Images\n\nFishermen on the lake have complained for years\n\nThe two "
        "neighbours have agreed to end their dispute over fishing rights.",
        {"bylines": ("Dana Levi",)},
        "The two neighbours have agreed",
        headline="Neighbours settle fishing dispute",
    ),
    Case(
        "a Baltic agency's name alone on its line credits the story: `BNS`",
        " date 2025-05-06 Neighbours to link power grids\n\nExample News\n\nBNS\n\n06.05.2025 14:05\n\n"
        "The two neighbours plan to build a third undersea power cable.",
        {"bylines": (), "place": None, "agency": "BNS"},
        "The two neighbours plan to build",
        headline="Neighbours to link power grids",
    ),
    Case(
        "a caption with a date and an agency's credit credits the picture: `... on May 6. (Yonhap)`",
        " date 2025-05-06 Neighbours agree on joint archive research\n\nPosted on : May.6,2025 14:05 KST\n\n"
        "A photo of the talks at the ministry in Northport on May 6. (Yonhap)\n\nThe two neighbours agreed "
        "on Tuesday to open their wartime archives to joint research.",
        {"bylines": (), "agency": None},
        "The two neighbours agreed on Tuesday",
        headline="Neighbours agree on joint archive research",
    ),
    Case(
        "an acronym without a vowel alone on its line is an outlet, no place: `BRTN`",
        " date 2025-05-06 Neighbours pledge green energy cooperation\n\nBRTN\n\n2025-05-06 21:05 GMT+8\n\n"
        "The two neighbours pledged on Tuesday to deepen cooperation in green energy.",
        {"bylines": (), "place": None},
        "The two neighbours pledged on Tuesday",
        headline="Neighbours pledge green energy cooperation",
    ),
    Case(
        "an institution's site name above its menu is no headline: `Embassy of Example in Northport`",
        " date 2025-05-06 Embassy of Example in Northport\n\nNews & Events\n\nAmbassador presents "
        "credentials to the President\n\n06.05.2025\n\nOn 6 May 2025, the Ambassador presented his "
        "letter of credentials to the President.",
        {"bylines": ()},
        "On 6 May 2025, the Ambassador presented",
        headline="Ambassador presents credentials to the President",
    ),
    Case(
        "a headline glued to the body that starts with its first word: `...talksNeighbours held ...`",
        " date 2025-05-06 Neighbours hold political talksNeighbours held a new round of political talks "
        "in Northport on Tuesday, the ministry said.\n\nThe talks covered regional issues.",
        {"bylines": (), "place": None},
        "Neighbours held a new round",
        headline="Neighbours hold political talks",
    ),
    Case(
        "a word in two capitals early in the body is no glued headline: `PetroExample`",
        " date 2025-05-06 Shares of PetroExample rose on Tuesday after the two neighbours signed a "
        "pipeline deal.\n\nThe deal runs for ten years.",
        {"bylines": ()},
        "Shares of PetroExample rose on Tuesday",
    ),
    Case(
        "below a byline, a sentence on someone else is the body: `Mr. Haddad is the new ...`",
        " date 2025-05-06 Northport names a new envoy\n\nBy Dana Levi\n\nMr. Haddad is the new ambassador "
        "of Northport to Southport, the ministry said on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "Mr. Haddad is the new ambassador",
        headline="Northport names a new envoy",
    ),
    # -- bylines of other outlets (batch 8) --------------------------------
    Case(
        "a byline with the writer's role after a slash, alone on its line: `Dana Levi/Senior Example Writer`",
        " date 2025-05-06 Neighbours sign an air services deal\n\nPublished: Tuesday | May 6, 2025\n\n"
        "Dana Levi/Senior Example Writer\n\nNorthport and Southport signed an air services deal on Tuesday.",
        {"bylines": ("Dana Levi",), "place": None},
        "Northport and Southport signed an air services deal",
        headline="Neighbours sign an air services deal",
    ),
    Case(
        "a byline with a role and a social-media handle: `By: Dana Levi - Reporter / @dlevi`",
        " date 2025-05-06 Neighbours to hold joint patrols\n\nBy: Dana Levi - Reporter / @DLeviEX\n\n"
        "Northport and Southport will hold joint patrols from next month, the ministry said.",
        {"bylines": ("Dana Levi",)},
        "Northport and Southport will hold joint patrols",
        headline="Neighbours to hold joint patrols",
    ),
    Case(
        "a role that is a surname too may end a name: `SAM KING` above an e-mail address",
        " date 2025-05-06 Neighbours discuss a gas field licence\n\nPublished: Tuesday, May 6, 2025\n\n"
        "SAM KING\n\nsam.king@example.org\n\nThe government of Northport held talks with Southport on a licence.",
        {"bylines": ("SAM KING",)},
        "The government of Northport held talks",
        headline="Neighbours discuss a gas field licence",
    ),
    Case(
        "an outlet's name in capitals below the headline is no byline: `DAILY EXAMPLE`",
        " date 2025-05-06 Neighbours agree to expand defence cooperation\n\nDAILY EXAMPLE\n\n"
        "Published May 6, 2025 10:47 am\n\nThe presidents of Northport and Southport signed a defence "
        "agreement in Northport on Tuesday.",
        {"bylines": (), "place": None, "agency": None},
        "The presidents of Northport and Southport signed",
        headline="Neighbours agree to expand defence cooperation",
    ),
    Case(
        "a `PRESS RELEASE` label in capitals below the date is no place",
        " date 2025-05-06 Northport and Southport sign security assistance notes\n\n06 May 2025\n\nPRESS RELEASE\n\n"
        "The Secretary of Foreign Affairs welcomed the Foreign Minister of Southport to Northport today.",
        {"bylines": (), "place": None, "agency": None},
        "The Secretary of Foreign Affairs welcomed",
        headline="Northport and Southport sign security assistance notes",
    ),
    # -- datelines of other outlets (batch 8) -------------------------------
    Case(
        "a known place and an agency's service name in mixed case: `Jakarta (ANTARA News) - `",
        "Jakarta (ANTARA News) - Northland and Southland agreed on Monday to widen trade "
        "across the strait.",
        {"place": "Jakarta", "agency": "ANTARA News", "date": None},
        "Northland and Southland agreed",
    ),
    Case(
        "a known place and an outlet's two-word name below the headline: `Kuala Lumpur (Exa News) - `",
        " date 2025-05-06 Envoys widen strait trade\n\nKuala Lumpur (Exa News) - The two "
        "envoys agreed on Monday to widen trade across the strait.",
        {"place": "Kuala Lumpur", "agency": "Exa News"},
        "The two envoys agreed",
        headline="Envoys widen strait trade",
    ),
    Case(
        "an outlet's own name of two words as the tag: `NORTHPORT (Example News) — `",
        " date 2025-05-06 Neighbours sign an investment protection deal\n\n2025/05/06 14:05\n\n"
        "NORTHPORT (Example News) — Northport and Southport signed an investment protection deal on Tuesday.",
        {
            "place": "NORTHPORT",
            "agency": "Example News",
            "date": None,
            "bylines": (),
        },
        "Northport and Southport signed an investment",
        headline="Neighbours sign an investment protection deal",
    ),
    Case(
        "place, country, date and a short tag no list knows, before a dash: `GEORGETOWN, Guyana, May 6, EXA – `",
        " date 2025-05-06 Neighbours agree to build a river bridge\n\n6 May 2025\n\n"
        "GEORGETOWN, Guyana, May 6, EXA – Guyana and its neighbour have agreed to build a bridge across the river.",
        {
            "place": "GEORGETOWN, Guyana",
            "agency": "EXA",
            "date": D(2025, 5, 6),
            "bylines": (),
        },
        "Guyana and its neighbour have agreed",
        headline="Neighbours agree to build a river bridge",
    ),
    Case(
        "a known place with a linking word and a full stop: `Dar es Salaam. `",
        " date 2025-05-06 Neighbours in joint border patrol deal\n\nTuesday, May 6, 2025\n\nBy Dana Levi\n\n"
        "Dar es Salaam. Tanzania and its neighbour have signed an agreement on joint patrols, the ministry said.",
        {
            "place": "Dar es Salaam",
            "agency": None,
            "date": None,
            "bylines": ("Dana Levi",),
        },
        "Tanzania and its neighbour have signed",
        headline="Neighbours in joint border patrol deal",
    ),
    Case(
        "a known place in capitals and a colon alone on its line, the text below: `ISLAMABAD:`",
        " date 2025-05-06 Neighbours agree to reopen border markets\n\nDana Levi\n\nMay 6, 2025\n\n"
        "ISLAMABAD:\n\nPakistan and its neighbour agreed on Tuesday to reopen six border markets.",
        {
            "place": "ISLAMABAD",
            "agency": None,
            "date": None,
            "bylines": ("Dana Levi",),
        },
        "Pakistan and its neighbour agreed",
        headline="Neighbours agree to reopen border markets",
    ),
    Case(
        "a label in capitals and a colon alone on its line is no place: `DEVELOPING:`",
        " date 2025-05-06 Neighbours agree to reopen border markets\n\nMay 6, 2025\n\n"
        "DEVELOPING:\n\nNorthport and Southport agreed on Tuesday to reopen six border markets.",
        {"place": None, "agency": None, "date": None, "bylines": ()},
        "Northport and Southport agreed on Tuesday",
        headline="Neighbours agree to reopen border markets",
    ),
    # -- furniture of other outlets (batch 8) -------------------------------
    Case(
        "a notice that a machine wrote the summary is furniture, the dateline below it holds",
        " date 2025-05-06 Neighbours sign coast guard cooperation pact\n\nDana Levi\n\nMay 6, 2025 2:05 PM\n\n"
        "This is an AI-generated summary, which may have errors. Always refer to the full article.\n\n"
        "NORTHPORT, Example – Northport and Southport signed a coast guard cooperation pact on Tuesday.",
        {
            "place": "NORTHPORT, Example",
            "bylines": ("Dana Levi",),
            "agency": None,
        },
        "Northport and Southport signed a coast guard",
        headline="Neighbours sign coast guard cooperation pact",
    ),
    Case(
        "a photographer's credit in capitals below a caption (`DANA LEVI/EXAMPLE`) makes a caption of it, "
        "even below a timestamp",
        " date 2025-05-06 Neighbours agree to align sanctions\n\nSam Roe\n\n11:05, May 6 2025\n\n"
        "The foreign ministers met in Northport on Tuesday.\n\nDANA LEVI/EXAMPLE\n\n"
        "Northport and Southport will align their sanctions more closely, the two ministers said.",
        {"bylines": ("Sam Roe",), "place": None},
        "Northport and Southport will align their sanctions",
        headline="Neighbours agree to align sanctions",
    ),
    # -- headlines of other outlets (batch 8) -------------------------------
    Case(
        "a ministry's letterhead in capitals, a country's long name and `For immediate release` above the title",
        " date 2025-05-06 MINISTRY OF FOREIGN AFFAIRS AND TRADE\n\nREPUBLIC OF NORTHPORT\n\nPRESS RELEASE\n\n"
        "For immediate release\n\nFOREIGN MINISTER RECEIVES COPIES OF CREDENTIALS OF NEW AMBASSADORS\n\n"
        "NORTHPORT, 6 May 2025 – The Minister for Foreign Affairs received copies of the letters of credence "
        "of four new ambassadors on Tuesday.",
        {
            "place": "NORTHPORT",
            "date": D(2025, 5, 6),
            "bylines": (),
            "agency": None,
        },
        "The Minister for Foreign Affairs received copies",
        headline="FOREIGN MINISTER RECEIVES COPIES OF CREDENTIALS OF NEW AMBASSADORS",
    ),
    Case(
        "a website's name after a bar is no part of the title: `Talks Resume | Example.com - Example News`",
        " date 2025-05-06 Northport and Southport Resume Talks on Language | Example.com - Example News Agency\n\n"
        "Politics | May 6, 2025, Tuesday // 14:05| views\n\nNorthport and Southport resumed talks on Tuesday "
        "on the disputed history and language issues.",
        {"bylines": (), "place": None},
        "Northport and Southport resumed talks on Tuesday",
        headline="Northport and Southport Resume Talks on Language",
    ),
    Case(
        "a live page's entries each under a time and a title: the first entry's text is the body",
        " date 2025-05-06 Diplomacy live: Northport summons envoy, Southport replies\n\nTuesday 6 May 2025\n\n"
        "Updated 18:55 CEST\n\n18:55\nSouthport embassy hits back\n\nSouthport's embassy in Northport called "
        "the summoning of its ambassador a provocation.\n\n16:30\nNorthport summons ambassador\n\n"
        "Northport's foreign office summoned the ambassador of Southport on Tuesday afternoon.",
        {"bylines": (), "place": None, "agency": None},
        "Southport's embassy in Northport called",
        headline="Diplomacy live: Northport summons envoy, Southport replies",
    ),
    Case(
        "a `Reporter:` credit after the body names the writer, its `Editor:` no one",
        "Neighbours discuss security ties\n\nMay 6, 2025 17:05 GMT+700\n\nJakarta (EXA) - The foreign minister "
        "held a telephone conversation with his Southport counterpart on Tuesday.\n\nThe two ministers agreed to "
        "meet in June.\n\nReporter: Dana Levi\nEditor: Sam Roe\nCopyright © EXA 2025",
        {
            "bylines": ("Dana Levi",),
            "place": "Jakarta",
            "agency": "EXA",
            "date": None,
        },
        "The foreign minister held a telephone conversation",
        headline="Neighbours discuss security ties",
    ),
    Case(
        "a summary below the headline, then the writer's name alone, the city and an outlet's acronym: "
        "the text below the date is the body, and `EXNB` is no place",
        " date 2025-05-06 Northport and Southport Agree to Take Border Dispute to Court\n\n"
        "The two neighbours have agreed to ask the court to settle their long-standing dispute.\n\n"
        "Dana Levi\n\nPodgorica\n\nEXNB\n\nMay 6, 2025\n\n14:05\n\n"
        "The foreign ministers of Northport and Southport agreed on Tuesday to refer the dispute to the court.",
        {"bylines": ("Dana Levi",), "place": None, "agency": None},
        "The foreign ministers of Northport and Southport agreed",
        headline="Northport and Southport Agree to Take Border Dispute to Court",
    ),
    Case(
        "a short word in capitals that no table knows, alone above the date, is an outlet's acronym, no place",
        " date 2025-05-06 Neighbours agree to reopen crossings\n\nEXNB\n\nMay 6, 2025\n\n"
        "Northport and Southport agreed on Tuesday to reopen two border crossings.",
        {"bylines": (), "place": None, "agency": None},
        "Northport and Southport agreed on Tuesday",
        headline="Neighbours agree to reopen crossings",
    ),
    # -- a ninth round of outlets -----------------------------------------
    Case(
        "a tagged dateline with three hyphens after the tag: `Northport, May 6 (EXA) --- `",
        " date 2025-05-06 Envoys meet in Northport\n\nNorthport, May 6 (EXA) --- "
        "The two envoys met on Tuesday to discuss trade.\n\n--- EXA",
        {
            "place": "Northport",
            "date": D(2025, 5, 6),
            "agency": "EXA",
            "bylines": (),
        },
        "The two envoys met on Tuesday",
        headline="Envoys meet in Northport",
    ),
    Case(
        "a byline between a section's label and the date, each between bars: `Politics | By Dana Levi | 6 May 2025`",
        "President returns from regional tour\n\nPolitics | By Dana Levi | 6 May 2025\n\n"
        "The President returned to Northport after a four-day tour of the region.",
        {"bylines": ("Dana Levi",), "place": None, "agency": None},
        "The President returned to Northport",
        headline="President returns from regional tour",
    ),
    Case(
        "an institution's name between bars before a place and the date is no byline: "
        "`Example Policy Forum | Northport | 6 May 2025`",
        " date 2025-05-06 Event report: a minister on quiet talks\n\nExample Policy Forum | Northport | 6 May 2025\n\n"
        "On 5 May the Example Policy Forum hosted the foreign minister of Southport for a talk.",
        {"bylines": (), "place": None, "agency": None},
        "On 5 May the Example Policy Forum hosted",
        headline="Event report: a minister on quiet talks",
    ),
    Case(
        "a writer's name with the date after it and no bar, below the headline: `Dana Levi May 6, 2025`",
        "Two neighbours trade blows over river deal\n\nDana Levi May 6, 2025\n\n"
        "Relations between Northport and Southport took a turn for the worse this week.",
        {"bylines": ("Dana Levi",), "place": None, "agency": None},
        "Relations between Northport and Southport",
        headline="Two neighbours trade blows over river deal",
    ),
    Case(
        "a parliament's press office and the date above the title: `Assembly of Northport – Press Office`",
        " date 2025-05-06 Assembly of Northport – Press Office\n\n06.05.2025\n\n"
        "Speaker of the Assembly meets Southport delegation\n\n"
        "On Tuesday, the Speaker of the Assembly received a delegation from Southport.",
        {"bylines": (), "place": None, "agency": None},
        "On Tuesday, the Speaker of the Assembly received",
        headline="Speaker of the Assembly meets Southport delegation",
    ),
    Case(
        "a council's name, a `Press release` label and the time above the title: `Council of Example States`",
        " date 2025-05-06 Council of Example States\nPress release\n6 May 2025 11:30\n\n"
        "River dispute: Council lists further 4 individuals\n\n"
        "The Council today decided to impose restrictive measures on four more individuals.",
        {"bylines": (), "place": None, "agency": None},
        "The Council today decided to impose",
        headline="River dispute: Council lists further 4 individuals",
    ),
    Case(
        "two writers' names on one line, below a summary and above the places, the outlet and the date",
        " date 2025-05-06 Northport and Southport Swap Expulsions as Spy Row Deepens\n\n"
        "Northport and Southport each expelled a diplomat within two days, while the president called off a trip.\n\n"
        "Dana Levi, Sam Roe\n\nNorthport, Southport\n\nEXNB\n\nMay 6, 202512:41\n\n"
        "Northport on Monday declared an embassy official of Southport persona non grata.",
        {"bylines": ("Dana Levi", "Sam Roe"), "place": None, "agency": None},
        "Northport on Monday declared an embassy official",
        headline="Northport and Southport Swap Expulsions as Spy Row Deepens",
    ),
    # -- a tenth round of outlets ------------------------------------------
    Case(
        "a dash dateline whose region starts with a short word: `PORTVILLE, St Example — `",
        " date 2025-07-09 Premier hosts island leaders\n\nPORTVILLE, St Example — The premier "
        "yesterday welcomed island leaders to their annual meeting.",
        {"place": "PORTVILLE, St Example", "agency": None, "bylines": ()},
        "The premier yesterday welcomed island leaders",
        headline="Premier hosts island leaders",
    ),
    Case(
        "a byline in capitals above the writer's role: `BY DANA LEVI` / `Senior staff reporter`",
        " date 2025-07-09 Premier hosts island leaders\n\nBY DANA LEVI\nSenior staff reporter\n\n"
        "NORTHPORT — The premier yesterday welcomed island leaders to their annual meeting.",
        {"place": "NORTHPORT", "bylines": ("DANA LEVI",)},
        "The premier yesterday welcomed island leaders",
        headline="Premier hosts island leaders",
    ),
    Case(
        "an agency's name without parentheses after the place, region and date: "
        "`SOUTHPORT, Example Isles, Nov. 5 Kyodo - `",
        " date 2025-11-05 Leaders agree on regular visits\n\nSOUTHPORT, Example Isles, Nov. 5 Kyodo - "
        "The two leaders agreed Wednesday to visit each other regularly.",
        {
            "place": "SOUTHPORT, Example Isles",
            "agency": "Kyodo",
            "date": D(2025, 11, 5),
        },
        "The two leaders agreed Wednesday",
        headline="Leaders agree on regular visits",
    ),
    Case(
        "a date alone and a dash before the text, as a UN news page has: `16 October 2024 — `",
        "Envoy wraps up regional consultations\n\n16 October 2024 — The special envoy "
        "concluded on Tuesday a week of consultations in the region.",
        {"place": None, "agency": None, "date": D(2024, 10, 16)},
        "The special envoy concluded on Tuesday",
        headline="Envoy wraps up regional consultations",
    ),
    Case(
        "an embassy named with its host city and country is the site, not the title",
        "Embassy of the Republic of Example in Northport, Southland\n\nNews\n\n"
        "Ambassador presents copy of credentials\n\nLima, 12 March 2025\n\n"
        "The new Ambassador of the Republic of Example presented a copy of his credentials on Monday.",
        {"place": "Lima", "date": D(2025, 3, 12)},
        "The new Ambassador of the Republic of Example",
        headline="Ambassador presents copy of credentials",
    ),
    Case(
        "a ministry named with `of the Republic of`, above a digest's title",
        " date 2025-11-07 Ministry of Foreign Affairs of the Republic of Example\n\n"
        "Weekly digest of the Ministry's activities (3 - 7 November 2025)\n\n"
        "On 3 November, the Minister received the Ambassador of Southland.",
        {"place": None, "bylines": ()},
        "On 3 November, the Minister received",
        headline="Weekly digest of the Ministry's activities (3 - 7 November 2025)",
    ),
    Case(
        "a ministry's name and its country after a bar, above a label and the title",
        "Ministry of Foreign Affairs and Trade | Example Isles\n\nMedia release\n\n"
        "Joint Statement on the Visit of the Prime Minister to Southland\n\nHanoi, 18 June 2025\n\n"
        "1. At the invitation of the Prime Minister of Southland, the Prime Minister paid a visit.",
        {"place": "Hanoi", "date": D(2025, 6, 18)},
        "1. At the invitation of the Prime Minister",
        headline="Joint Statement on the Visit of the Prime Minister to Southland",
    ),
    Case(
        "two writers, the first with the place he wrote from: `By Dana Levi in Northport and Sam Roe`",
        " date 2026-05-27 Northport expels three diplomats\n\nBy Dana Levi in Northport and Sam Roe\n\n"
        "Northport has ordered three Southport diplomats to leave the country.",
        {"bylines": ("Dana Levi", "Sam Roe"), "place": None},
        "Northport has ordered three Southport diplomats",
        headline="Northport expels three diplomats",
    ),
    Case(
        "an outlet's name, its section and the date between bars is no byline",
        " date 2024-12-04 President to attend regional summit\n\n"
        "Northport Herald-Post | Politics | December 4, 2024\n\nBy Dana Levi\n\n"
        "NORTHPORT — The president will travel to Southport on Friday for the summit.",
        {"bylines": ("Dana Levi",), "place": "NORTHPORT"},
        "The president will travel to Southport",
        headline="President to attend regional summit",
    ),
    Case(
        "an agency's name and a dash after a place in capitals and its date: `NORTHPORT, Nov. 5 Yonhap - `",
        " date 2025-11-05 Ministers agree to meet again\n\nNORTHPORT, Nov. 5 Yonhap - "
        "The two foreign ministers agreed Wednesday to meet again before the end of the year.",
        {"place": "NORTHPORT", "agency": "Yonhap", "date": D(2025, 11, 5)},
        "The two foreign ministers agreed Wednesday",
        headline="Ministers agree to meet again",
    ),
    Case(
        "a heading in capitals after `BY` names no writer: `BY THE NUMBERS`",
        " date 2025-07-09 Premier hosts island leaders\n\nBY THE NUMBERS\n\n"
        "KINGSTON — The premier yesterday welcomed island leaders to their annual meeting "
        "at a resort on the north coast.",
        {"place": "KINGSTON", "bylines": ()},
        "The premier yesterday welcomed island leaders",
        headline="Premier hosts island leaders",
    ),
    Case(
        "a writer's name, the agency and the date between bars: `Dana Levi | AA | May 6, 2025`",
        " date 2025-05-06 Ministers meet on river deal\n\nDana Levi | AA | May 6, 2025\n\n"
        "The two foreign ministers met on Tuesday to discuss the river deal, officials said.",
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers met on Tuesday",
        headline="Ministers meet on river deal",
    ),
    Case(
        "a headline about a parliament, right above a standfirst, stays the headline",
        "Parliament of Example Adopts Foreign Agents Law\n\nTalks will focus on the river and grain\n\n"
        "NORTHPORT, May 6 (EXA) - The parliament adopted the law on Tuesday after a long debate.",
        {"place": "NORTHPORT", "agency": "EXA"},
        "The parliament adopted the law on Tuesday",
        headline="Parliament of Example Adopts Foreign Agents Law",
    ),
    Case(
        "a headline that credits a press service after a dash stays the headline",
        "Envoy to visit Northport next week - press service\n\nTalks will focus on the river and grain\n\n"
        "NORTHPORT, May 6 (EXA) - The foreign minister will visit Northport next week, the ministry said.",
        {"place": "NORTHPORT", "agency": "EXA"},
        "The foreign minister will visit Northport",
        headline="Envoy to visit Northport next week - press service",
    ),
    Case(
        "a run of four dashes after a wire's tag: `(EXA) ---- `",
        " date 2025-05-06 Ministers meet on river deal\n\nNORTHPORT, May 6 (EXA) ---- "
        "The two foreign ministers met on Tuesday to discuss the river deal.",
        {"place": "NORTHPORT", "agency": "EXA"},
        "The two foreign ministers met on Tuesday",
        headline="Ministers meet on river deal",
    ),
    Case(
        "two dashes and one after a wire's tag: `(EXA) -- - `",
        " date 2025-05-06 Ministers meet on river deal\n\nNORTHPORT, May 6 (EXA) -- - "
        "The two foreign ministers met on Tuesday to discuss the river deal.",
        {"place": "NORTHPORT", "agency": "EXA"},
        "The two foreign ministers met on Tuesday",
        headline="Ministers meet on river deal",
    ),
    Case(
        "a writer's place whose name holds `and` is no second writer: `By Dana Levi in Bosnia and Herzegovina`",
        " date 2025-03-03 Talks resume on border row\n\nBy Dana Levi in Bosnia and Herzegovina\n\n"
        "The two sides met on Monday to resume the talks on the border, officials said.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two sides met on Monday",
        headline="Talks resume on border row",
    ),
    Case(
        "a first writer's place whose name holds `and`, then a second writer: "
        "`By Dana Levi in Trinidad and Tobago and Sam Roe in Kingston`",
        " date 2025-03-03 Talks resume on border row\n\n"
        "By Dana Levi in Trinidad and Tobago and Sam Roe in Kingston\n\n"
        "The two sides met on Monday to resume the talks on the border, officials said.",
        {"bylines": ("Dana Levi", "Sam Roe"), "place": None},
        "The two sides met on Monday",
        headline="Talks resume on border row",
    ),
    # -- an eleventh round: transcripts, kickers, sign-offs, mastheads ---
    Case(
        "a transcript's speaker label that opens a later answer too is no colon dateline: `Dana Levi: `",
        " date 2025-05-06 Regular Press Briefing by Spokesperson Dana Levi on May 6, 2025\n\n"
        "2025-05-06 15:00\n\n"
        "Dana Levi: Good afternoon. The foreign minister will visit Northport next week.\n\n"
        "Example TV: Will the talks cover trade?\n\n"
        "Dana Levi: The two sides will discuss trade and transport.",
        {"place": None, "agency": None, "bylines": ()},
        "Dana Levi: Good afternoon. The foreign minister",
        headline="Regular Press Briefing by Spokesperson Dana Levi on May 6, 2025",
    ),
    Case(
        "a speaker's label in capitals, said again further down: `MS LEVI: `",
        " date 2025-05-06 Daily Press Briefing\n\n"
        "MS LEVI: Good afternoon, everyone. The minister travels to Northport tomorrow.\n\n"
        "QUESTION: Will she meet the president?\n\n"
        "MS LEVI: She will meet the president on Friday.",
        {"place": None},
        "MS LEVI: Good afternoon, everyone.",
        headline="Daily Press Briefing",
    ),
    Case(
        "an interviewer's question opens the text: `Question: ...?`",
        " date 2025-05-06 Interview with the Foreign Minister\n\n"
        "Question: Minister, what did you agree with your counterpart today?\n\n"
        "Answer: We agreed to reopen the border crossing next month.",
        {"place": None},
        "Question: Minister, what did you agree",
        headline="Interview with the Foreign Minister",
    ),
    Case(
        "a kicker, then a long question for a headline, then the byline: `ANALYSIS`",
        " date 2025-05-06 ANALYSIS\n\n"
        "Northport's gamble: can the port city reset ties without giving up its neutral stance?\n\n"
        "By Dana Levi\n6 May 2025 | 05:00\n\nShare  |  Save  |  Print\n\n"
        "When the foreign minister lands in Southport next month, she will carry a briefcase "
        "full of trade figures.",
        {"bylines": ("Dana Levi",), "place": None},
        "When the foreign minister lands in Southport",
        headline="Northport's gamble: can the port city reset ties without giving up its neutral stance?",
    ),
    Case(
        "an agency's sign-off with the date on the last line gives the dateline its year: "
        "`(EXA) 2026.06.10 16:48`",
        _SIGNED
        + "They will meet again next month.\n\n(EXA) 2026.06.10 16:48\n",
        {
            "place": "NORTHPORT",
            "agency": "EXA",
            "date": D(2026, 6, 10),
            "crawl_date": None,
        },
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a sign-off's date read day first: `EXA 10.06.2026 16:48`",
        _SIGNED + "EXA 10.06.2026 16:48",
        {"place": "NORTHPORT", "date": D(2026, 6, 10)},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a date in the last sentence of the text is no sign-off: the dateline keeps no year",
        _SIGNED + "The treaty of 12.06.2019 remains in force.",
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a writer, the outlet and the date between middle dots: "
        "`Dana Levi · Example News · Posted: Dec 12, 2024 4:00 AM EST`",
        " date 2024-12-12 Politics\n\nEnvoys agree on port deal\n\n"
        "The minister says the deal is 'a win for both sides'\n\n"
        "Dana Levi · Example News · Posted: Dec 12, 2024 4:00 AM EST | Last Updated: 2 hours ago\n\n"
        "The two foreign ministers agreed on Wednesday to reopen the port.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two foreign ministers agreed on Wednesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "`By`, the writer, a role and the date between bullets: "
        "`By Dana Levi • Diplomatic Editor • 12 December 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\n"
        "By Dana Levi • Diplomatic Editor • 12 December 2024\n\n"
        "The two foreign ministers agreed on Wednesday to reopen the port.",
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Wednesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a place and a date between middle dots name no writer: `Northport · 12 December 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nNorthport · 12 December 2024\n\n"
        "The two foreign ministers agreed on Wednesday to reopen the port.",
        {"bylines": ()},
        "The two foreign ministers agreed on Wednesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a site's name above a breadcrumb from its home is no headline: "
        "`Saeima of the Republic of Example`, `Home > News > Press releases`",
        " date 2025-11-13 Saeima of the Republic of Example\n\nHome > News > Press releases\n\n"
        "2025-11-13\n\nSpeaker welcomes the chairman of the Example Assembly\n\n"
        "On Thursday, the Speaker met the chairman of the Example Assembly in the capital.",
        {"place": None, "bylines": ()},
        "On Thursday, the Speaker met the chairman",
        headline="Speaker welcomes the chairman of the Example Assembly",
    ),
    Case(
        "a site's name above `You are here: Home > News`",
        " date 2025-11-13 Riigikogu of Example\n\nYou are here: Home > News\n\n"
        "Speaker meets Northport delegation\n\n"
        "On Thursday, the Speaker met a delegation from Northport in the capital.",
        {"place": None},
        "On Thursday, the Speaker met a delegation",
        headline="Speaker meets Northport delegation",
    ),
    Case(
        "a site's name above a breadcrumb with slashes: `Home / News`",
        " date 2025-05-06 Example Shipping Authority\n\nHome / News\n\n06.05.2025\n\n"
        "Port reopens after dredging works\n\n"
        "The port of Northport reopened on Tuesday after three months of dredging works.",
        {"place": None},
        "The port of Northport reopened on Tuesday",
        headline="Port reopens after dredging works",
    ),
    Case(
        "a newsletter's masthead between bars, naming an institute, is no headline; "
        "a digest's first bullet is no body",
        " date 2025-03-27 THE DIPLOMATIC WEEKLY | Institute for Example Affairs\n\n"
        "Thursday, 27 March 2025\n\nFive things to know this morning\n\n"
        "- GULF: The foreign ministers of both countries met in Northport on Tuesday.\n\n"
        "- EUROPE: The union extended its sanctions for another year.",
        {"place": None, "bylines": ()},
        "GULF: The foreign ministers of both countries",
        headline="Five things to know this morning",
    ),
    Case(
        "a masthead naming a centre, then a bullet `•` before the first item",
        " date 2025-05-06 Morning Brief | Example Policy Centre\n\nMay 6, 2025\n\n"
        "What to watch today\n\n"
        "• EUROPE: The foreign ministers of both countries met in Northport on Tuesday.",
        {"place": None},
        "EUROPE: The foreign ministers of both countries",
        headline="What to watch today",
    ),
    Case(
        "a section's name glued before the headline: `WorldEnvoys agree on port deal`",
        " date 2025-05-06 WorldEnvoys agree on port deal\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a name that starts with a word of chrome is no section: `YouTube removes ...`",
        " date 2025-05-06 YouTube removes the ministry's channel\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="YouTube removes the ministry's channel",
    ),
    Case(
        "a name that ends on a word of chrome is no section: `Watchdog rates ExampleLive`",
        " date 2025-05-06 Watchdog rates ExampleLive\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Watchdog rates ExampleLive",
    ),
    Case(
        "the headline with the site's name after a bar, then alone: the headline alone",
        " date 2025-05-06 Envoys agree on port deal | Example Daily\n\n"
        "Envoys agree on port deal\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "the headline with the site's name after a dash, then alone: the headline alone",
        " date 2025-05-06 Envoys agree on port deal - Example News\n\n"
        "Envoys agree on port deal\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a long question, then the writer's name alone: the question is the headline",
        " date 2025-05-06 Will the port deal survive the next election in Northport, "
        "or will it fall apart within a year?\n\nDana Levi\n\n6 May 2025\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Will the port deal survive the next election in Northport, "
        "or will it fall apart within a year?",
    ),
    Case(
        "a writer's name in capitals between middle dots: `DANA LEVI · EXAMPLE NEWS · 12 DEC 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nDANA LEVI · EXAMPLE NEWS · 12 DEC 2024\n\n"
        "The two foreign ministers agreed on Wednesday to reopen the port.",
        {"bylines": ("DANA LEVI",)},
        "The two foreign ministers agreed on Wednesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a breadcrumb below the headline with no title after it leaves the headline",
        " date 2025-05-06 Envoys agree on port deal\n\nHome > News\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "the tag first, then the place and the day before the month: `(AFP) - NORTHPORT, 6 MAY - `",
        " date 2025-05-07 (AFP) - NORTHPORT, 6 MAY - " + _REOPENED,
        {"place": "NORTHPORT", "agency": "AFP", "date": D(2025, 5, 6)},
        "The two foreign ministers agreed on Tuesday",
    ),
    Case(
        "the tag first, then a place of four words: `(AFP) - SAINT-PIERRE DE LA PORTE, May 6 - `",
        " date 2025-05-07 (AFP) - SAINT-PIERRE DE LA PORTE, May 6 - "
        + _REOPENED,
        {
            "place": "SAINT-PIERRE DE LA PORTE",
            "agency": "AFP",
            "date": D(2025, 5, 6),
        },
        "The two foreign ministers agreed on Tuesday",
    ),
    Case(
        "a Title Case headline about a president, a stamp and a deck below: the headline stays",
        " date 2025-05-06 President of Example Receives Northport Delegation\n\nMay 6, 2025\n\n"
        "The visit is the first by a foreign delegation since the election\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="President of Example Receives Northport Delegation",
    ),
    Case(
        "a Title Case headline about a president's office, a stamp and a deck below",
        " date 2025-05-06 Office of the President Denies Port Report\n\n6 May 2025 | 10:12\n\n"
        "Officials dismiss claims of a rift within the ruling coalition\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Office of the President Denies Port Report",
    ),
    Case(
        "the office of a head of state at the top, a stamp, then the title",
        " date 2025-05-06 Office of the President of Example\n\n6 May 2025\n\n"
        "President receives Northport delegation\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="President receives Northport delegation",
    ),
    # -- a site's name at the top, furniture, then the title -------------
    Case(
        "a site's name of any words, a section's label, then the title in small letters",
        " date 2025-05-06 NSK\nNorthland Sambad Kendra\nNational\n\n"
        "Leaders greet new premier as she takes office\n\n"
        "NORTHPORT, May 6, 2025 (NSK) - " + _REOPENED,
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "NSK"},
        "The two foreign ministers agreed on Tuesday",
        headline="Leaders greet new premier as she takes office",
    ),
    Case(
        "a site's name on the crawl prefix's line, a breadcrumb in another language, the title",
        " date 2025-05-06 Exa - Agencia Northlandesa de Noticias\n"
        "Inicio > English > Politics\n\nNorthland summons envoy over remarks\n\n"
        "Published: 5/6/2025\n\nNorthport, May 6 (EXA). " + _REOPENED,
        {"place": "Northport", "date": D(2025, 5, 6), "agency": "EXA"},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland summons envoy over remarks",
    ),
    Case(
        "a news agency's name of its country, a stamp with a section, the title above a tagged dateline",
        " date 2025-05-06 NorA\nNational News Agency of Northland\n\n"
        "Politics | 06.05.2025 | 11:27\n\nPresident receives Southland trade minister\n\n"
        "Northport, 6 May (NorA) — " + _REOPENED,
        {"place": "Northport", "date": D(2025, 5, 6), "agency": "NorA"},
        "The two foreign ministers agreed on Tuesday",
        headline="President receives Southland trade minister",
    ),
    Case(
        "a Title Case headline, a stamp and a deck above a tagged dateline: the headline stays",
        " date 2025-05-06 Ministers Agree On Port Plan\n\n6 May 2025\n\n"
        "The accord ends a dispute over fishing rights in the bay that began two years ago\n\n"
        "NORTHPORT, May 6 (EXA) - " + _REOPENED,
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "EXA"},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers Agree On Port Plan",
    ),
    Case(
        "a Title Case headline, a stamp and a short deck with no dateline below: the headline stays",
        " date 2025-05-06 Ministers Agree On Port Plan\n\n6 May 2025\n\n"
        "Talks resumed after a year\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers Agree On Port Plan",
    ),
    Case(
        "a section's name of two subjects and a qualifier above the title and a standfirst",
        " date 2025-05-06 TASS\nNorthland Politics & Diplomacy\n\n"
        "Northland expels Southland diplomat in response — ministry\n\n"
        "The Southland envoy was summoned to the ministry and handed a note\n\n"
        "NORTHPORT, May 6. /TASS/. " + _REOPENED,
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "TASS"},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland expels Southland diplomat in response — ministry",
    ),
    Case(
        "a headline of four words with an ampersand stays the headline above a deck",
        " date 2025-05-06 Envoys Trade Barbs & Threats\n\n"
        "Northland recalls its envoy from the talks in Southport\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys Trade Barbs & Threats",
    ),
    Case(
        "a bare dash dateline opening a hard-wrapped paragraph, a title with commas above",
        " date 2025-05-06 NPS\nNorthland Presse Service\nNational\n\n"
        "President receives call from Southland leader, discusses port\n\n"
        "ANKARA - President of the Republic, Dana Levi, received\n"
        "Tuesday a phone call from her counterpart, during which\nthey discussed the port.",
        {"place": "ANKARA", "date": None, "agency": None},
        "President of the Republic, Dana Levi, received",
        headline="President receives call from Southland leader, discusses port",
    ),
    Case(
        "a headline in capitals with a dash, a timestamp right below: no dateline",
        " date 2025-05-06 ANKARA - Envoys Resume Port Talks At Last\nMay 6, 2025 10:12\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="ANKARA - Envoys Resume Port Talks At Last",
    ),
    Case(
        "a news site's name and a section's label above the title, the page's date below it",
        " date 2025-05-06 Example Daily\nCoast News Online\nWorld\n\n"
        "Envoys open talks on the port\n\n6 May 2025\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a site's slogan and a section's label above the title: the slogan stays the headline "
        "(a known limit; it has the shape of a headline in Title Case above its deck)",
        " date 2025-05-06 Example Daily\nThe Voice of the Coast\nWorld\n\n"
        "Envoys open talks on the port\n\n6 May 2025\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="The Voice of the Coast",
    ),
    Case(
        "a Title Case headline, a section's label and a deck with the text below: the headline stays",
        " date 2025-05-06 Example Daily\nEnvoys Open Talks On The Port\nWorld\n\n"
        "The two sides will meet again in Geneva\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys Open Talks On The Port",
    ),
    Case(
        "a site's name alone above the text is taken for a title in Title Case (no furniture tells)",
        " date 2025-05-06 NSK\nNorthland Sambad Kendra\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland Sambad Kendra",
    ),
    Case(
        "a press release's date, place with its region and issuer on a line: `July 30, 2025 - Ottawa, Example - ...`",
        " date 2025-07-30 Government of Northland\n\nReadout\n\n"
        "Minister Levi speaks with Southland's foreign minister\n\n"
        "From: Foreign Affairs Northland\n\n"
        "July 30, 2025 - Ottawa, Example - Foreign Affairs Northland\n\n"
        + _REOPENED,
        {"place": "Ottawa, Example", "date": D(2025, 7, 30), "agency": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Minister Levi speaks with Southland's foreign minister",
    ),
    Case(
        "a date, a dash and a place alone: `30 July 2025 – Ankara`",
        "Envoys open talks on the port\n\n30 July 2025 – Ankara\n\n"
        + _REOPENED,
        {"place": "Ankara", "date": D(2025, 7, 30), "agency": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a date, a dash and a title that names a place is no press release's dateline",
        " date 2025-07-30 Envoys open talks on the port\n\nJuly 30, 2025 - Talks Resume In Northport\n\n"
        + _REOPENED,
        {"place": None, "date": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a date, a dash and words no table knows as a place, then an outlet: no dateline",
        " date 2025-07-30 Envoys open talks on the port\n\n"
        "July 30, 2025 - Port Talks - Example Daily\n\n" + _REOPENED,
        {"place": None, "date": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a site's name, a label and a title that ends the page: the title is the text (the name stays the headline, a known limit)",
        " date 2025-05-06 NSK\nNorthland Sambad Kendra\nNational\n\n"
        "Leaders greet new premier as she takes office",
        {"place": None},
        "Leaders greet new premier as she takes office",
        headline="Northland Sambad Kendra",
    ),
    Case(
        "a known agency glued to a known place on a line of their own: `Ankara-AA`",
        " date 2025-05-06 Envoy summoned over strikes on the border\n2025-05-06 14:37\n"
        "Ankara-AA\n" + _REOPENED,
        {"place": "Ankara", "date": None, "agency": "AA"},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoy summoned over strikes on the border",
    ),
    Case(
        "a place's own hyphen is no agency glued to it: `Al-Quds`",
        " date 2025-05-06 Envoy summoned over strikes on the border\n2025-05-06 14:37\n"
        "Al-Quds\n" + _REOPENED,
        {"place": None, "agency": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoy summoned over strikes on the border",
    ),
    Case(
        "a known place glued to the text by a hyphen: `Khartoum-The Ministry`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Khartoum-The Ministry of Transport said on Tuesday that the river "
        "crossing would reopen.\n\n" + _REOPENED,
        {"place": "Khartoum", "date": None, "agency": None},
        "The Ministry of Transport said on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a compound after a known place is text: `Abu Dhabi-based`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Abu Dhabi-based Example Shipping said on Tuesday that the crossing "
        "would reopen.",
        {"place": None},
        "Abu Dhabi-based Example Shipping said",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "an unknown word or a short one before the hyphen is text: "
        "`Franco-German`, `Al-Sabah`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Franco-German Talks on the crossing resumed in Northport on Tuesday.",
        {"place": None},
        "Franco-German Talks on the crossing",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a name with a one-letter particle is text: `Al-Sabah`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Al-Sabah Holdings said on Tuesday that the crossing would reopen.",
        {"place": None},
        "Al-Sabah Holdings said on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "two known places joined by a hyphen are a route: `Kyiv-Warsaw`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Kyiv-Warsaw Express trains will run again from Tuesday, the operator said.",
        {"place": None},
        "Kyiv-Warsaw Express trains will run",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a known place glued to a name by a hyphen is a pair or a name: `Israel-Hamas`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Israel-Hamas ceasefire talks resumed in Northport on Monday, officials said.",
        {"place": None},
        "Israel-Hamas ceasefire talks resumed",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a company named after a known place is no dateline: `Georgia-Pacific`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "Georgia-Pacific said on Monday it would close two mills in Northport.",
        {"place": None},
        "Georgia-Pacific said on Monday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a known place glued to a headline's word by a hyphen: `Dubai-Based`",
        " date 2025-05-06 Dubai-Based Shipper Opens Port Office\n\n"
        "The shipper opened its office in the port on Tuesday.",
        {"place": None},
        "The shipper opened its office",
        headline="Dubai-Based Shipper Opens Port Office",
    ),
    Case(
        "an agency's own style, stops and a slash: `Tbilisi. 14 March. EXAPRESS.GE/ `",
        " date 2025-03-20 Envoy summoned over border strikes\n\n"
        "Tbilisi. 14 March. EXAPRESS.GE/ The Northland envoy was summoned to the "
        "ministry on Friday.\n\n" + _REOPENED,
        {"place": "Tbilisi", "date": D(2025, 3, 14), "agency": "EXAPRESS.GE"},
        "The Northland envoy was summoned",
        headline="Envoy summoned over border strikes",
    ),
    Case(
        "an AMP page's logo above the headline is chrome: `Site icon Example Chronicle`",
        " date 2025-05-06 Site icon The Example Chronicle\n\nNorthport summons envoy over border raid\n\n"
        "Photo: Courtesy\n\n" + _REOPENED,
        {"place": None, "bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Northport summons envoy over border raid",
    ),
    Case(
        "a listing's filter, a trending bar and alert widgets are chrome",
        " date 2025-05-06 Example\n"
        "Trending Port Strike Election Results Northland vs Southland\n"
        "For Quick Alerts\nALLOW NOTIFICATIONS\nFor Daily Alerts\n\nJust In\n\n"
        "Must Watch\n\nDon't Miss\n\n"
        "    Northland and Southland ministers discuss the port ahead of summit\n\n"
        "Northport, May 6: " + _REOPENED,
        {"place": "Northport", "bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland and Southland ministers discuss the port ahead of summit",
    ),
    Case(
        "`Filtered By: Topstories` above the headline is chrome",
        "Filtered By: Topstories\nNews\n\nPort deals inked during state visit to Northland\n\n\n"
        "NORTHPORT, Southland — " + _REOPENED,
        {"place": "NORTHPORT, Southland"},
        "The two foreign ministers agreed on Tuesday",
        headline="Port deals inked during state visit to Northland",
    ),
    Case(
        "a caption whose agency's credit names the photographer: `— EXA/EXB Photo Dana Levi |`",
        "Deputy Prime Minister Dana Levi during phone talks with the Northland "
        "envoy. — EXA/EXB Photo Sam Lee |\n"
        "NORTHPORT — " + _REOPENED,
        {"place": "NORTHPORT"},
        "The two foreign ministers agreed on Tuesday",
        headline=None,
    ),
    Case(
        "a caption that ends with its picture's credit after a dash: `— Picture by Dana Levi`",
        " date 2025-05-06 The ministry said the premier would be accompanied by "
        "the foreign minister and officials. — Picture by Sam Lee\n\n"
        "NORTHPORT, May 6 — " + _REOPENED,
        {"place": "NORTHPORT"},
        "The two foreign ministers agreed on Tuesday",
        headline=None,
    ),
    Case(
        "a site's name, its clock, then the title with its own date below: the title is the headline",
        " date 2025-05-06 Example Press, en Español\n\nNorthport, December 22nd 2025 - 09:35 UTC\n\n \n\n"
        "Southland minister holds talks in Northport as planned\n\n"
        "Wednesday, May 6th 2025 - 09:50 UTC\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Southland minister holds talks in Northport as planned",
    ),
    Case(
        "a long title said again below the page's date, a site's name above it: the title",
        " date 2025-05-06 President of Northland\n\n"
        "Dana Levi met with Sam Lee in Northport: I am grateful for Southland's "
        "readiness to start working on a bilateral agreement on port security\n\n"
        "6 May 2025 - 14:56\n\n"
        "Dana Levi met with Sam Lee in Northport: I am grateful for Southland's "
        "readiness to start working on a bilateral agreement on port security\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline=(
            "Dana Levi met with Sam Lee in Northport: I am grateful for "
            "Southland's readiness to start working on a bilateral agreement "
            "on port security"
        ),
    ),
    Case(
        "a summary said again below the page's date is no title: the headline stays",
        " date 2025-05-06 Ministers agree on port plan\n\n"
        "The accord ends a dispute over fishing rights in the bay that began two "
        "years ago and cost both sides dearly.\n\n6 May 2025 - 14:56\n\n"
        "The accord ends a dispute over fishing rights in the bay that began two "
        "years ago and cost both sides dearly.\n\n" + _REOPENED,
        {"place": None},
        "The accord ends a dispute",
        headline="Ministers agree on port plan",
    ),
    Case(
        "a language switcher above the title is chrome: `عربي Español Русский Français`",
        " date 2025-05-06 Example\nعربي Español Русский Français 简体中文\n\n"
        "Spokesperson's Regular Press Conference on May 6, 2025\n\n2025-05-06 20:00\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Spokesperson's Regular Press Conference on May 6, 2025",
    ),
    Case(
        "`You are here:` and its crumbs glued together are chrome",
        " date 2025-05-06 Example\nYou are here: HomeNews2025 05 06Article 1995965\n\n"
        "Northland leaves for Southport to back its candidate\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland leaves for Southport to back its candidate",
    ),
    Case(
        "a week's and a month's story widgets are chrome: `Top Stories Week 04`",
        " date 2025-05-06   TOP STORIES WEEK   04\n\nMost read stories of the month\n"
        "Latest articles of the week\n\nNorthland minister has frank meeting with "
        "Southland envoy\n\nNORTHPORT — " + _REOPENED,
        {"place": "NORTHPORT"},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland minister has frank meeting with Southland envoy",
    ),
    Case(
        "a menu's items glued together, however long, are chrome",
        " date 2025-05-06 Example\nFinancialGovernment SolutionsLegalExample News "
        "AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation "
        "@ Example Group\n\nNorthland, Southland ministers hold phone call\n\n"
        "NORTHPORT (Reuters) - " + _REOPENED,
        {"place": "NORTHPORT", "agency": "Reuters"},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland, Southland ministers hold phone call",
    ),
    Case(
        "a department's name above the release's date line and the title is the site",
        " date 2025-05-06 U.S. Department of State\n\n"
        "05/06/2025 | Press release | Distributed by Example on 05/06/2025 12:14\n\n"
        "Secretary's Call with Northland Foreign Minister Levi\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Secretary's Call with Northland Foreign Minister Levi",
    ),
    Case(
        "a space before a capitals place's colon: `COLOMBO : `",
        " date 2025-05-06 President reaches Southland\n\n"
        "COLOMBO : The president reached Southland on Sunday for talks.",
        {"place": "COLOMBO"},
        "The president reached Southland on Sunday",
        headline="President reaches Southland",
    ),
    Case(
        "a known place in small letters, its date and no mark: `Colombo, Dec 10 `",
        " date 2024-12-10 Colombo, Dec 10 Sri Lankan President Dana Levi will "
        "undertake a two-day official visit to Southland.",
        {"place": "Colombo", "date": D(2024, 12, 10)},
        "Sri Lankan President Dana Levi will",
    ),
    Case(
        "a place in small letters no table knows, its date and no mark, is text",
        " date 2024-12-10 Northport, Dec 10 Ministers of both states will meet "
        "on Monday in the capital.",
        {"place": None, "date": None},
        "Northport, Dec 10 Ministers",
    ),
    Case(
        "a double hyphen glued to the text after a place in capitals: `ABU DHABI--H.H.`",
        " date 2025-05-06 Minister receives message\n\n6th May, 2025\n\n"
        "ABU DHABI--H.H. Sheikh Dana Levi, Foreign Minister, has received the note.",
        {"place": "ABU DHABI"},
        "H.H. Sheikh Dana Levi, Foreign Minister",
        headline="Minister receives message",
    ),
    Case(
        "a stray comma before the dateline: `, WASHINGTON DC, Aug 26 – `",
        " date 2025-08-26 President arrives in Washington\n\n"
        ", WASHINGTON DC, Aug 26 – The president arrived in Washington on Sunday.",
        {"place": "WASHINGTON DC", "date": D(2025, 8, 26)},
        "The president arrived in Washington",
        headline="President arrives in Washington",
    ),
    Case(
        "the date first, the places in capitals in brackets: `May 6, 2025 (JUBA/KHARTOUM) – `",
        " date 2025-05-08 Minister to visit Khartoum\n\n"
        "May 6, 2025 (JUBA/KHARTOUM) – The foreign minister will travel to "
        "Khartoum on Tuesday.",
        {"place": "JUBA/KHARTOUM", "date": D(2025, 5, 6)},
        "The foreign minister will travel",
        headline="Minister to visit Khartoum",
    ),
    Case(
        "a credit with a spaced colon names the agency: `by : Reuters`",
        " date 2025-05-06 Presidents hold phone call\n\nby : Reuters\n\n"
        "The president received a phone call on Monday from the envoy.",
        {"agency": "Reuters", "bylines": ()},
        "The president received a phone call",
        headline="Presidents hold phone call",
    ),
    # Near misses of the rules above, from a blind review.
    Case(
        "a lede that opens `You are here to ...` is text, not a crumb",
        " date 2025-05-06 Envoys meet in Northport\n\nYou are here to listen, the "
        "minister told the envoys on Tuesday in Northport, officials said.\n\n"
        + _REOPENED,
        {"place": None},
        "You are here to listen, the minister",
        headline="Envoys meet in Northport",
    ),
    Case(
        "a headline that opens `Trending down:` is no bar of topics",
        " date 2025-05-06 Example\nTrending down: Northland's exports to Southland "
        "fall as tariffs bite\n\nNORTHPORT — " + _REOPENED,
        {"place": "NORTHPORT"},
        "The two foreign ministers agreed on Tuesday",
        headline="Trending down: Northland's exports to Southland fall as tariffs bite",
    ),
    Case(
        "a lede that ends `– a photo op.` is no caption",
        " date 2025-05-06 Minister visits Southland\n\nCritics in Northport called "
        "the minister's trip to Southland a stunt – nothing more than a photo op.\n\n"
        + _REOPENED,
        {"place": None},
        "Critics in Northport called the minister's trip",
        headline="Minister visits Southland",
    ),
    Case(
        "a headline of a week's news is no story widget: `The Week in Diplomacy`",
        " date 2025-05-06 Example\nThe Week in Diplomacy\n\nNORTHPORT — "
        + _REOPENED,
        {"place": "NORTHPORT"},
        "The two foreign ministers agreed on Tuesday",
        headline="The Week in Diplomacy",
    ),
    Case(
        "a double hyphen between two places is no dateline: `US--China`",
        " date 2025-05-06 US--China trade talks resume\n\nUS--China trade talks "
        "resumed on Monday in Geneva, officials said.",
        {"place": None},
        "US--China trade talks resumed",
        headline="US--China trade talks resume",
    ),
    Case(
        "a section's label said again below the page's date leaves the headline",
        " date 2025-05-06 Ministers agree on port plan\n\nDiplomacy and Trade\n\n"
        "6 May 2025 - 14:56\n\nDana Levi, Northport correspondent\n\n"
        "Diplomacy and Trade\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers agree on port plan",
    ),
    Case(
        "a deck with no full stop said again below the page's date leaves the headline",
        " date 2025-05-06 Ministers agree on port plan\n\nThe accord ends a dispute "
        "over fishing rights in the bay that began two years ago and cost both "
        "sides dearly\n\n6 May 2025 - 14:56\n\nThe accord ends a dispute over "
        "fishing rights in the bay that began two years ago and cost both sides "
        "dearly\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers agree on port plan",
    ),
    Case(
        "a title that opens with a number below an embassy's name is the headline",
        " date 2025-05-06 Embassy of Northland in Southport\n\n10 Northland "
        "nationals evacuated from Southport\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="10 Northland nationals evacuated from Southport",
    ),
    Case(
        "a headline that opens with a department's name is no site's name",
        " date 2025-05-06 Department of Defense Announces New Aid Package for "
        "Northland\n\nThe package includes patrol boats, radar and training for the "
        "Northland coast guard and brings total aid this year to two billion "
        "dollars, officials say\n\nWASHINGTON — " + _REOPENED,
        {"place": "WASHINGTON"},
        "The two foreign ministers agreed on Tuesday",
        headline="Department of Defense Announces New Aid Package for Northland",
    ),
    Case(
        "a second title with its own date below the first's leaves the first",
        " date 2025-05-06 Ministers agree on port plan\n\n6 May 2025 - 09:35\n\n"
        "Envoy recalled over border row\n\n5 May 2025 - 18:20\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers agree on port plan",
    ),
    Case(
        "a speaker's label with a spaced colon is no place: `MR LEVI : `",
        " date 2025-05-06 Press briefing on Southland talks\n\nMR LEVI : The talks with Southland "
        "will resume on Tuesday in Northport.",
        {"place": None},
        "MR LEVI : The talks with Southland",
        headline="Press briefing on Southland talks",
    ),
    Case(
        "an agency's name that is also a word is no tag before a full stop: `Trend.`",
        " date 2025-05-06 Regional exports rise in April\n\nTrend. Exports from the region rose in "
        "April, the ministry said.",
        {"agency": None},
        "Trend. Exports from the region rose",
        headline="Regional exports rise in April",
    ),
    Case(
        "place, numeric date and agency between slashes: `Baku / 03.27.23 / Turan: `",
        "Envoys talk by phone\n\n"
        "Baku / 03.27.23 / Turan: The Northland envoy spoke by phone with the "
        "minister on Monday.\n\n" + _REOPENED,
        {"place": "Baku", "date": D(2023, 3, 27), "agency": "Turan"},
        "The Northland envoy spoke by phone",
        headline="Envoys talk by phone",
    ),
    Case(
        "a slashed numeric date either way round, no page date: month first, `04.03.25`",
        "Envoys talk by phone\n\n"
        "Baku / 04.03.25 / Turan: The Northland envoy spoke by phone with the "
        "minister on Thursday.",
        {"place": "Baku", "date": D(2025, 4, 3), "agency": "Turan"},
        "The Northland envoy spoke by phone",
        headline="Envoys talk by phone",
    ),
    Case(
        "a slashed numeric date either way round: the reading nearest the page's date before it",
        " date 2025-03-05 Envoys talk by phone\n\n"
        "Baku / 04.03.25 / Turan: The Northland envoy spoke by phone with the "
        "minister on Tuesday.",
        {"place": "Baku", "date": D(2025, 3, 4), "agency": "Turan"},
        "The Northland envoy spoke by phone",
        headline="Envoys talk by phone",
    ),
    Case(
        "slashed numbers that make no date either way round give no date: `13.14.25`",
        "Envoys talk by phone\n\n"
        "Baku / 13.14.25 / Turan: The Northland envoy spoke by phone with the "
        "minister on Monday.",
        {"place": "Baku", "date": None, "agency": "Turan"},
        "The Northland envoy spoke by phone",
        headline="Envoys talk by phone",
    ),
    Case(
        "slashes after a place no table knows are text: `Northport / 03.27.23 / Turan: `",
        " date 2023-03-28 Envoys talk by phone\n\n"
        "Northport / 03.27.23 / Turan: The Northland envoy spoke by phone with "
        "the minister on Monday.",
        {"place": None, "date": None, "agency": None},
        "Northport / 03.27.23 / Turan:",
        headline="Envoys talk by phone",
    ),
    Case(
        "month, day/year and a tag between slashes, glued: `Addis Ababa May 6/2025 /ENA/`",
        " date 2025-05-06 Envoys agree to reopen the border\n\n"
        "Addis Ababa May 6/2025 /ENA/The Northland envoy met the foreign "
        "minister on Tuesday.\n\n" + _REOPENED,
        {"place": "Addis Ababa", "date": D(2025, 5, 6), "agency": "ENA"},
        "The Northland envoy met the foreign",
        headline="Envoys agree to reopen the border",
    ),
    Case(
        "a tag between slashes that no agency has is text: `Addis Ababa May 6/2025 /EXN/`",
        " date 2025-05-06 Envoys agree to reopen the border\n\n"
        "Addis Ababa May 6/2025 /EXN/ The Northland envoy met the foreign "
        "minister on Tuesday.",
        {"place": None, "date": None, "agency": None},
        "Addis Ababa May 6/2025 /EXN/",
        headline="Envoys agree to reopen the border",
    ),
    Case(
        "an agency's name and a full stop open the text: `ArmInfo. `",
        " date 2025-05-06 Envoys meet in Yerevan\n\n"
        "ArmInfo. At a meeting with the Northland envoy, the minister spoke "
        "about the border.\n\n" + _REOPENED,
        {"place": None, "date": None, "agency": "ArmInfo"},
        "At a meeting with the Northland envoy",
        headline="Envoys meet in Yerevan",
    ),
    Case(
        "a word no agency has and a full stop is text: `Northport. At a meeting`",
        " date 2025-05-06 Envoys meet in Yerevan\n\n"
        "Northport. At a meeting with the Northland envoy, the minister spoke "
        "about the border.",
        {"place": None, "date": None, "agency": None},
        "Northport. At a meeting",
        headline="Envoys meet in Yerevan",
    ),
    Case(
        "stops and a slash after a place no table knows are text: `Northport. 14 March.`",
        " date 2025-03-20 Envoy summoned over border strikes\n\n"
        "Northport. 14 March. EXAPRESS.GE/ The Northland envoy was summoned to the "
        "ministry on Friday.",
        {"place": None, "date": None, "agency": None},
        "Northport. 14 March. EXAPRESS.GE/",
        headline="Envoy summoned over border strikes",
    ),
    Case(
        "stops and a slash before no agency nor website are text: `Example News/ `",
        " date 2025-03-20 Envoy summoned over border strikes\n\n"
        "Tbilisi. 14 March. Example News/ The Northland envoy was summoned to the "
        "ministry on Friday.",
        {"place": None, "date": None, "agency": None},
        "Tbilisi. 14 March. Example News/",
        headline="Envoy summoned over border strikes",
    ),
    Case(
        "stops and a slash after a number and no month are text: `Tbilisi. 14 Envoys.`",
        " date 2025-03-20 Envoy summoned over border strikes\n\n"
        "Tbilisi. 14 Envoys. EXAPRESS.GE/ The Northland envoy was summoned to the "
        "ministry on Friday.",
        {"place": None, "date": None, "agency": None},
        "Tbilisi. 14 Envoys. EXAPRESS.GE/",
        headline="Envoy summoned over border strikes",
    ),
    Case(
        "a timestamp, a bar, a place with its region and a date before the text: "
        "`10:41 | Cusco (Cusco region), Jan. 30. `",
        " date 2025-02-03 Leaders meet on the river accord\n\n"
        "10:41 | Cusco (Cusco region), Jan. 30. Ministers of both countries signed "
        "the river accord on Thursday.\n\n" + _REOPENED,
        {
            "place": "Cusco (Cusco region)",
            "date": D(2025, 1, 30),
            "agency": None,
        },
        "Ministers of both countries signed",
        headline="Leaders meet on the river accord",
    ),
    Case(
        "a timestamp, a bar, a place no table knows and a date are text: "
        "`10:41 | Northport (Example region), Jan. 30. `",
        " date 2025-02-03 Leaders meet on the river accord\n\n"
        "10:41 | Northport (Example region), Jan. 30. Ministers of both countries "
        "signed the river accord on Thursday.",
        {"place": None, "date": None},
        "10:41 | Northport (Example region), Jan. 30.",
        headline="Leaders meet on the river accord",
    ),
    Case(
        "a timestamp, a bar, a known place and no month are text: "
        "`10:41 | Cusco, Ministers 30. `",
        " date 2025-02-03 Leaders meet on the river accord\n\n"
        "10:41 | Cusco, Ministers 30. Both countries signed the river accord on "
        "Thursday.",
        {"place": None, "date": None},
        "10:41 | Cusco, Ministers 30.",
        headline="Leaders meet on the river accord",
    ),
    Case(
        "a sidebar's placeholder is no headline nor text: `Optional sidebar info`",
        " date 2025-05-06 Optional sidebar info\n\nAny information can be placed in "
        "the sidebar of this theme.\n\n"
        "Envoys reopen the river crossing\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a wire column's label is no headline: `Off the wire`",
        " date 2025-05-06 Off the wire\n\nEnvoys reopen the river crossing\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a clock widget, its letters glued twice, is no headline: `Inin Northport (EET)`",
        " date 2025-05-06 Inin Northport (EET)\n\nEnvoys reopen the river crossing\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a clock widget with its time left blank is no headline: `: :inin Northport (EET)`",
        " date 2025-05-06 : :inin Northport (EET)\n\nEnvoys reopen the river crossing"
        "\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a section's title with a label in brackets is no clock: `In Pictures (VIDEO)`",
        " date 2025-05-06 In Pictures (VIDEO)\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="In Pictures (VIDEO)",
    ),
    Case(
        "a clock widget's words opening a line of text stay text: `In Kyiv (EET) the`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "In Kyiv (EET) the two ministers agreed on Tuesday to reopen the port.",
        {"place": None},
        "In Kyiv (EET) the two ministers agreed",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a transcript's notice in brackets is no headline: `[This is a rush transcript`",
        " date 2025-05-06 [This is a rush transcript. Its wording may still be "
        "revised.]\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
    ),
    Case(
        "a translation's notice is no text: `This is a provisional translation`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "This is a provisional translation, made for readers' reference by a "
        "contractor.\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a line of text that opens as a notice does stays text: `This is a provisional plan`",
        " date 2025-05-06 Envoys reopen the river crossing\n\n"
        "This is a provisional plan, the two ministers said on Tuesday.",
        {"place": None},
        "This is a provisional plan",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a byline in capitals with the writer's e-mail in square brackets",
        "Envoys open talks on the port\n\nPublished: 6 May 2025, 19:05\n\n"
        "BY DANA LEVI-KIM [dana.levikim@example.com]\n\n" + _REOPENED,
        {"bylines": ("DANA LEVI-KIM",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a byline with the writer's e-mail in angle brackets",
        "Envoys open talks on the port\n\nBy Dana Levi <dana@example.org>\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a picture's caption of an office and a name that the text repeats is no headline",
        " date 2025-05-06 Deputy Foreign Minister Dana Levi\n\nNorthland pledged aid on Tuesday, "
        "Deputy Foreign Minister Dana Levi said.",
        {"place": None},
        "Northland pledged aid on Tuesday",
        headline=None,
    ),
    Case(
        "an office, a name and what the person did is a headline: `Prime Minister Levi Resigns`",
        " date 2025-05-06 Prime Minister Levi Resigns\n\nPrime Minister Levi resigned on Tuesday after a vote.",
        {"place": None},
        "Prime Minister Levi resigned on Tuesday",
        headline="Prime Minister Levi Resigns",
    ),
    Case(
        "an office and a name the text does not repeat stays the headline",
        " date 2025-05-06 Foreign Minister Dana Levi\n\nThe minister arrived in Northport on Tuesday for talks.",
        {"place": None},
        "The minister arrived in Northport on Tuesday",
        headline="Foreign Minister Dana Levi",
    ),
    Case(
        "a title that reads as a sentence, with a comma and a verb, above the text",
        " date 2025-05-06 Northland will not give up the port, minister tells parliament\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland will not give up the port, minister tells parliament",
    ),
    Case(
        "a page with no title: the text opens with its tagged dateline",
        "NORTHPORT, May 6 (EXA) - " + _REOPENED,
        {"place": "NORTHPORT", "agency": "EXA"},
        "The two foreign ministers agreed on Tuesday",
        headline=None,
    ),
    Case(
        "a one-line body below the title, nothing after it",
        " date 2025-05-06 Envoys open talks on the port\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    Case(
        "a title of two words right above the page's date, below a head of state's site and its labels",
        " date 2026-01-20 President of Northland\nEvents\nNews\nNorthland-Southland talks\n"
        "May 6, 2025\n15:40\nThe Palace, Ankara\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland-Southland talks",
    ),
    Case(
        "a section's label of two words between the headline and the date stays a label",
        " date 2025-05-06 Envoys open talks on the port\nForeign policy\nMay 6, 2025\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys open talks on the port",
    ),
    # -- a Title Case headline is no site's name (review of session 15) ----
    Case(
        "a Title Case headline, a section's label and a deck above a tagged dateline: the headline stays",
        " date 2025-05-06 Example Daily\nEnvoys Open Talks On Harbour\nWorld\n\n"
        "Both sides hope for a deal by June\n\nNORTHPORT, May 6 (EXA) - "
        + _REOPENED,
        {"place": "NORTHPORT", "agency": "EXA"},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys Open Talks On Harbour",
    ),
    Case(
        "a Title Case headline with no short word, a timestamp and a deck above a dash dateline: the headline stays",
        " date 2025-05-06 Example Daily\nForeign Minister Visits Northport\n\n"
        "May 6, 2025 10:12\n\nThe visit is the first in a decade\n\nANKARA - "
        + _REOPENED,
        {"place": "ANKARA", "date": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Foreign Minister Visits Northport",
    ),
    Case(
        "a Title Case headline first on the page, a label, a deck and the page's date: the headline stays",
        " date 2025-05-06 Leaders Meet In Northport\nWorld\nThe summit is the first in a decade\nMay 6, 2025\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Leaders Meet In Northport",
    ),
    Case(
        "a label of two words below a Title Case headline and a section, above the date, stays a label",
        " date 2025-05-06 Example Daily\nEnvoys Open Talks\nWorld\nForeign policy\nMay 6, 2025\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys Open Talks",
    ),
    Case(
        "a Title Case headline with a news word and a capitalised link, a label and a deck: the headline stays",
        " date 2025-05-06 Example Daily\nEnvoys Press For Port Deal\nWorld\n\n"
        "Both sides hope for a deal by June\n\nNORTHPORT, May 6 (EXA) - "
        + _REOPENED,
        {"place": "NORTHPORT", "agency": "EXA"},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys Press For Port Deal",
    ),
    Case(
        "a news service's name in any language, a label, then the title above the dateline",
        " date 2025-05-06 Example Daily\nAgenzia Northlandese Notizie\nPolitica\n\n"
        "Northland recalls envoy over remarks\n\nNORTHPORT, May 6 (ANN) - "
        + _REOPENED,
        {"place": "NORTHPORT", "agency": "ANN"},
        "The two foreign ministers agreed on Tuesday",
        headline="Northland recalls envoy over remarks",
    ),
    Case(
        "a player's button of two words above the page's date, no title above it: no headline",
        " date 2025-05-06 EXA\nNews\nListen now\nMay 6, 2025 10:12\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline=None,
    ),
    # -- a headline led by a place and a dash is no wrapped dateline ---------
    Case(
        "a headline led by a known place and a dash, its text on the next line: no dateline",
        " date 2025-05-06 Example Daily\nMOSCOW - Kremlin rejects talks offer\n"
        "The Kremlin on Tuesday rejected an offer of talks from the West, a spokesman said.",
        {"place": None},
        "The Kremlin on Tuesday rejected an offer of talks",
        headline="MOSCOW - Kremlin rejects talks offer",
    ),
    Case(
        "a headline led by a country in capitals and a dash, the text right below: no dateline",
        " date 2025-05-06 IRAN - Talks with envoy resume in Muscat\n"
        "Iran and the envoy resumed talks in Muscat on Tuesday, state media said.",
        {"place": None},
        "Iran and the envoy resumed talks",
        headline="IRAN - Talks with envoy resume in Muscat",
    ),
    Case(
        "a short first line of a hard-wrapped paragraph that runs on in small letters is a dateline",
        " date 2025-05-06 Example Daily\nEnvoys reach deal on the port\n\nLONDON - Britain and Northland\n"
        "agreed on Tuesday to work together on the port, officials said in a statement\n"
        "issued after the talks.",
        {"place": "LONDON"},
        "Britain and Northland agreed on Tuesday",
        headline="Envoys reach deal on the port",
    ),
    Case(
        "a region between dots beside the date is no writer: `Example Strip · 12 December 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nExample Strip · 12 December 2024\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a topic between dots beside the date is no writer: `Ocean Crisis · Dec 12, 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nOcean Crisis · Dec 12, 2024\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an agency between dots beside the date is no writer: `Associated Press · Dec 12, 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nAssociated Press · Dec 12, 2024\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a region before a bar and the date is no writer: `Example Bank | Dec 12, 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nExample Bank | Dec 12, 2024\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a writer between dots beside the date stays one: `Dana Levi · Dec 12, 2024`",
        " date 2024-12-12 Envoys agree on port deal\n\nDana Levi · Dec 12, 2024\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a line of dialogue keeps its dash: `— We will not close the port, ...`",
        " date 2025-05-06 Envoys agree on port deal\n\n"
        "— We will not close the port, the minister told reporters on Tuesday.\n\n"
        "He spoke after three hours of talks.",
        {"place": None},
        "— We will not close the port, the minister told",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a digest's items after dashes: the first item's text, not its dash",
        " date 2025-05-06 What to watch today\n\n"
        "— GULF: The foreign ministers of both countries met in Northport on Tuesday.\n\n"
        "— EUROPE: The union extended its sanctions for another year.",
        {"place": None},
        "GULF: The foreign ministers of both countries",
        headline="What to watch today",
    ),
    Case(
        "a short first sentence that ends on `a.m.` is body, no stamp: `Ballots opened May 6 at 8 a.m.`",
        " date 2025-05-06 Northport elects a new mayor\n\nBallots opened May 6 at 8 a.m.\n\n"
        "Queues formed outside the schools of Northport before dawn.",
        {"place": None},
        "Ballots opened May 6 at 8 a.m.",
        headline="Northport elects a new mayor",
    ),
    Case(
        "a breadcrumb below a headline that reads as no name, a deck below: the headline stays",
        " date 2025-05-06 Envoys agree on port deal\n\nHome > World\n\n"
        "The accord ends a long dispute over fishing rights in the bay\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a breadcrumb below a headline, a picture's line below: the headline stays",
        " date 2025-05-06 Envoys agree on port deal\n\nHome > World\n\n"
        "Foreign ministers shake hands in Northport on Tuesday\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a title with its outlet after a bar names no institution: it stays the headline",
        " date 2025-05-06 Example Council Extends Port Mandate | Example Daily\n\n"
        "The vote follows weeks of talks among the members\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Example Council Extends Port Mandate | Example Daily",
    ),
    Case(
        "a Title Case headline that ends on a newsletter's word, a deck below: the headline stays",
        " date 2025-05-06 Five Points From the Ministers' Port Briefing\n\n"
        "What the two sides said after three hours of talks\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Five Points From the Ministers' Port Briefing",
    ),
    Case(
        "a headline of a person and a place above a stamp and a deck: `Levi in Northport`",
        " date 2025-05-06 Levi in Northport\n\nMay 6, 2025\n\n"
        "The visit is the first by a foreign envoy since the election\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Levi in Northport",
    ),
    Case(
        "a Title Case headline of five words on a newsletter's word, a deck below",
        " date 2025-05-06 Ministers Sign The Port Letter\n\n"
        "The accord ends a long dispute over fishing rights in the bay\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers Sign The Port Letter",
    ),
    Case(
        "a page's verb before `by`: `Written by Dana Levi on May 6, 2025`",
        " date 2025-05-06 Envoys agree on port deal\n\nWritten by Dana Levi on May 6, 2025\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "`Posted by Dana Levi | May 6, 2025`",
        " date 2025-05-06 Envoys agree on port deal\n\nPosted by Dana Levi | May 6, 2025\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a writer's place after a comma, then the date after a bar: `Dana Levi, Northport | 6 May 2025`",
        " date 2025-05-06 Envoys agree on port deal\n\nDana Levi, Northport | 6 May 2025\n\n"
        + _REOPENED,
        {"bylines": ("Dana Levi",), "place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a breadcrumb that ends with the title: `Home > World > Envoys agree on port deal`",
        " date 2025-05-06 Home > World > Envoys agree on port deal\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a place, the day before the month and a full stop, then the agency: `Moscow, 6 May. INTERFAX - `",
        " date 2025-05-06 Envoys agree on port deal\n\nMoscow, 6 May. INTERFAX - "
        + _REOPENED,
        {"place": "Moscow", "agency": "INTERFAX", "date": D(2025, 5, 6)},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a known agency's tag alone before the text: `(Reuters) - `",
        " date 2025-05-06 Envoys agree on port deal\n\n(Reuters) - "
        + _REOPENED,
        {"place": None, "agency": "Reuters", "date": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an unknown tag alone before the text is no agency: `(Example) - `",
        " date 2025-05-06 Envoys agree on port deal\n\n(Example) - "
        + _REOPENED,
        {"place": None, "agency": None},
        "(Example) - The two foreign ministers agreed",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a press release's number above the date and the title is no headline: `Press Release No. 123/2025`",
        " date 2025-05-06 Ministry of Foreign Affairs of Example\n\nPress Release No. 123/2025\n\n"
        "6 May 2025\n\nMinister receives ambassador of Northport\n\n"
        "The foreign minister received the new ambassador of Northport on Tuesday.",
        {"place": None},
        "The foreign minister received the new ambassador",
        headline="Minister receives ambassador of Northport",
    ),
    Case(
        "a press office's name alone above the title: `Press and Information Office`",
        " date 2025-05-06 Press and Information Office\n\n"
        "Statement by the Spokesperson on the situation in Northport\n\n"
        "The union calls on all sides to return to talks without delay.",
        {"place": None},
        "The union calls on all sides",
        headline="Statement by the Spokesperson on the situation in Northport",
    ),
    Case(
        "a section's name of two subjects, then the date, then the title: `Statements and Releases`",
        " date 2025-05-06 Statements and Releases\n\nMay 6, 2025\n\n"
        "Minister receives ambassador of Northport\n\n"
        "The foreign minister received the new ambassador of Northport on Tuesday.",
        {"place": None},
        "The foreign minister received the new ambassador",
        headline="Minister receives ambassador of Northport",
    ),
    Case(
        "a president's site name, a label, then the title: `President of the Republic of Example`",
        " date 2025-05-06 President of the Republic of Example\n\nNews\n\n"
        "President receives ambassador of Northport\n\n6 May 2025\n\n"
        "The president received the new ambassador of Northport on Tuesday.",
        {"place": None},
        "The president received the new ambassador",
        headline="President receives ambassador of Northport",
    ),
    Case(
        "a think tank's writer with a fellow's title: `Dana Levi, Senior Fellow`",
        " date 2025-05-06 Commentary\n\nWhy the port deal matters for the region\n\n"
        "Dana Levi, Senior Fellow\n\nMay 6, 2025\n\n"
        "The port deal signed on Tuesday ends a decade of disputes over fishing rights.",
        {"bylines": ("Dana Levi",)},
        "The port deal signed on Tuesday",
        headline="Why the port deal matters for the region",
    ),
    Case(
        "`By`, a writer, a fellow's title and the institute: `By Dana Levi, Senior Fellow, Example Institute`",
        " date 2025-05-06 Why the port deal matters for the region\n\n"
        "By Dana Levi, Senior Fellow, Example Institute\n\n"
        "The port deal signed on Tuesday ends a decade of disputes over fishing rights.",
        {"bylines": ("Dana Levi",)},
        "The port deal signed on Tuesday",
        headline="Why the port deal matters for the region",
    ),
    Case(
        "a sign-off with the month's name, footers below it: `/EXA/ 10 June 2026`, then related links",
        _SIGNED
        + "/EXA/ 10 June 2026\n\nRelated news\n\nPort traffic rose in May\n",
        {"place": "NORTHPORT", "agency": "EXA", "date": D(2026, 6, 10)},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a figure's date after capitals is no sign-off: `GDP 2024.03.31`",
        _SIGNED + "Figures for the quarter:\n\nGDP 2024.03.31\n",
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "an update's stamp is no sign-off: `UPDATED 10.06.2019 16:48`",
        _SIGNED + "UPDATED 10.06.2019 16:48\n",
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a related story's sign-off below the page's own: the first one dates the page",
        _SIGNED
        + "(EXA) 2026.06.10 16:48\n\nRelated news\n\nPort traffic rose in May\n\n"
        "(EXA) 2019.03.02 09:10\n",
        {"place": "NORTHPORT", "agency": "EXA", "date": D(2026, 6, 10)},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a stamp inside a line where the sign-offs' tail starts is no sign-off",
        _SIGNED + "The tariff was last set in EXA 10.06.2019" + _FOOTER_385,
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a sign-off with no such day gives no year: `EXA 31.02.2026`",
        _SIGNED + "EXA 31.02.2026\n",
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a date after a word that is no agency's tag is no sign-off: `Example 10.06.2026`",
        _SIGNED + "Example 10.06.2026\n",
        {"place": "NORTHPORT", "date": None},
        "The two foreign ministers signed the port deal",
        headline="Envoys sign port deal",
    ),
    Case(
        "a caption above a photographer's credit in mixed case: `Sam Roe/Example Agency`",
        " date 2025-05-06 Envoys agree on port deal\n\n"
        "The two ministers shake hands in Northport on Tuesday.\nSam Roe/Example Agency\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an outlet's team or web edition below the headline is no writer: `Team Example`",
        " date 2025-05-06 Envoys agree on port deal\n\nTeam Example\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an outlet's web edition below the headline is no writer: `Example Digital`",
        " date 2025-05-06 Envoys agree on port deal\n\nExample Digital\n\n"
        + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "the headline with the site's name after a double colon, then alone: the headline alone",
        " date 2025-05-06 Envoys agree on port deal :: Example News\n\n"
        "Envoys agree on port deal\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a dotted byline's date gives a later dateline without a year its year, with no crawl date",
        "Envoys agree on port deal\n\nDana Levi · Example News · 12 December 2024\n\n"
        "NORTHPORT, Dec. 12 (EXA) - " + _REOPENED,
        {
            "bylines": ("Dana Levi",),
            "place": "NORTHPORT",
            "date": D(2024, 12, 12),
            "crawl_date": None,
        },
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a name and an office after a comma, then the date after a bar, is no writer: "
        "`Omar Haddad, Northland President | May 6, 2025`",
        " date 2025-05-06 Envoys agree on port deal\n\n"
        "Omar Haddad, Northland President | May 6, 2025\n\n" + _REOPENED,
        {"bylines": ()},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a section's name glued after the headline: `Envoys agree on port dealPolitics`",
        " date 2025-05-06 Envoys agree on port dealPolitics\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a name glued inside a headline's last word is no section: `Envoys meet PetroExample`",
        " date 2025-05-06 Envoys meet at PetroExample\n\n" + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys meet at PetroExample",
    ),
    Case(
        "a timestamp that ends in `a.m.` is no sentence: `May 6, 2025 at 10:12 a.m.`",
        " date 2025-05-06 Envoys agree on port deal\n\nMay 6, 2025 at 10:12 a.m.\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an interviewer's question with a full stop after `Q`: `Q. ...?`",
        " date 2025-05-06 Interview with the Foreign Minister\n\n"
        "Q. What did you agree with your counterpart today in Northport?\n\n"
        "A. We agreed to reopen the border crossing next month.",
        {"place": None},
        "Q. What did you agree",
        headline="Interview with the Foreign Minister",
    ),
    Case(
        "a newsletter's masthead with the issue's number between bars: `EXAMPLE BRIEF | Issue 42 | May 2025`",
        " date 2025-05-06 EXAMPLE POLICY BRIEF | Issue 42 | May 2025\n\nWhat to watch this week\n\n"
        "- GULF: The foreign ministers of both countries met in Northport on Tuesday.",
        {"place": None},
        "GULF: The foreign ministers",
        headline="What to watch this week",
    ),
    Case(
        "a masthead naming a council with `on` in its name: `Example Council on Foreign Relations`",
        " date 2025-05-06 The Example Letter | Example Council on Foreign Relations\n\n"
        "What to watch this week\n\n"
        "- GULF: The foreign ministers of both countries met in Northport on Tuesday.",
        {"place": None},
        "GULF: The foreign ministers",
        headline="What to watch this week",
    ),
    Case(
        "a newsletter's name alone in capitals, then the date, then the title: `THE MORNING BRIEF`",
        " date 2025-05-06 View in browser\n\nTHE MORNING BRIEF\n\nTuesday, 6 May 2025\n\n"
        "What to watch this week\n\n"
        "- GULF: The foreign ministers of both countries met in Northport on Tuesday.",
        {"place": None},
        "GULF: The foreign ministers",
        headline="What to watch this week",
    ),
    Case(
        "a newsletter's name and its institute: `The Morning Brief from Example Institute`",
        " date 2025-05-06 The Morning Brief from Example Institute\n\n6 May 2025\n\n"
        "What to watch this week\n\n"
        "- GULF: The foreign ministers of both countries met in Northport on Tuesday.",
        {"place": None},
        "GULF: The foreign ministers",
        headline="What to watch this week",
    ),
    Case(
        "a headline that ends on a newsletter's word, a standfirst below: the headline stays",
        " date 2025-05-06 Ministers sign the port letter\n\n"
        "The accord ends a long dispute over fishing rights in the bay\n\n"
        + _REOPENED,
        {"place": None},
        "The two foreign ministers agreed on Tuesday",
        headline="Ministers sign the port letter",
    ),
    # -- session 14: government and agency pages from any outlet ---------
    Case(
        "a breadcrumb of two parts from the site's home: `Home / Trade Relations`",
        " date 2025-05-06 Example Government News Service\nHome / Trade Relations\n"
        "President to pay state visit to Northport\nFriday, May 2, 2025\n\n"
        "The president will on Sunday leave for Northport on a state visit, his office "
        "said.",
        {"place": None, "bylines": ()},
        "The president will on Sunday leave",
        headline="President to pay state visit to Northport",
    ),
    Case(
        "a headline that joins two names with a slash stays one: `Northport / Southport Talks Resume`",
        " date 2025-05-06 Northport / Southport Talks Resume\n\nThe two neighbours resumed their talks "
        "on the river on Tuesday.",
        {"place": None},
        "The two neighbours resumed their talks",
        headline="Northport / Southport Talks Resume",
    ),
    Case(
        "a section's label is no byline: `Press Releases`",
        " date 2025-05-06 Ministry of Foreign Affairs\nRepublic of Example\nMedia Centre\nPress Releases\n\n"
        "Visit of the Foreign Minister to Northport (May 4-6, 2025)\n\nMay 5, 2025\n\n"
        "The Foreign Minister is paying an official visit to Northport from 4 to 6 May.",
        {"bylines": (), "place": None},
        "The Foreign Minister is paying",
        headline="Visit of the Foreign Minister to Northport (May 4-6, 2025)",
    ),
    Case(
        "a section's label in capitals is no byline: `BRIEFING ROOM`",
        " date 2025-05-06 Ministers Meet In Northport\nBRIEFING ROOM\n\nThe two ministers met in "
        "Northport on Tuesday to prepare the summit.",
        {"bylines": (), "place": None},
        "The two ministers met in Northport",
        headline="Ministers Meet In Northport",
    ),
    Case(
        "a news agency's name above the title is the site's: `Example Telegraph Agency`",
        " date 2025-05-06 EXTA\nExample Telegraph Agency\n"
        "President meets Northport's foreign minister\n6 May 2025 | 15:21\n\n"
        "The president met the foreign minister of Northport in the capital on Tuesday.",
        {"place": None},
        "The president met the foreign minister",
        headline="President meets Northport's foreign minister",
    ),
    Case(
        "a seat of government above the title is the site's: `The White House`",
        " date 2025-05-06 The White House\nBRIEFING ROOM\nSTATEMENTS AND RELEASES\n"
        "Readout of the President's Meeting with the Prime Minister of Example\n"
        "May 6, 2025\n\nThe President met today with the Prime Minister of Example in "
        "Northport.",
        {"place": None, "bylines": ()},
        "The President met today with",
        headline="Readout of the President's Meeting with the Prime Minister of Example",
    ),
    Case(
        "a headline about a news agency stays the headline: `Envoys visit the Example News Agency`",
        " date 2025-05-06 Envoys visit the Example News Agency\n"
        "A delegation toured the newsroom\n6 May 2025\n\n"
        "The envoys of three countries visited the agency on Tuesday.",
        {"place": None},
        "The envoys of three countries",
        headline="Envoys visit the Example News Agency",
    ),
    Case(
        "a press release's place, country and full date before a colon: `Port Elena, Example, 28 June 2025: `",
        " date 2025-06-28 Port Elena, Example, 28 June 2025: The Chairperson of the "
        "Commission warmly welcomes the signing of the accord between the two states.",
        {
            "place": "Port Elena, Example",
            "date": D(2025, 6, 28),
            "agency": None,
        },
        "The Chairperson of the Commission",
    ),
    Case(
        "the month first in a press release's dateline: `Port Elena, Example, June 28, 2025: `",
        " date 2025-06-28 Port Elena, Example, June 28, 2025: The Chairperson of the "
        "Commission warmly welcomes the signing of the accord between the two states.",
        {
            "place": "Port Elena, Example",
            "date": D(2025, 6, 28),
            "agency": None,
        },
        "The Chairperson of the Commission",
    ),
    Case(
        "a press release's long title right above its dateline is the headline",
        " date 2025-06-28 EXAMPLE UNION\nPress Releases\nPress Release No. 42/2025\n\n"
        "The Chairperson of the Commission of the Example Union welcomes the signing of "
        "the Accord between the Republic of Northland and the Republic of Southland\n\n"
        "Port Elena, Example, 28 June 2025: The Chairperson of the Commission warmly "
        "welcomes the signing of the accord between the two states.",
        {
            "place": "Port Elena, Example",
            "date": D(2025, 6, 28),
            "bylines": (),
        },
        "The Chairperson of the Commission warmly",
        headline=(
            "The Chairperson of the Commission of the Example Union welcomes the signing "
            "of the Accord between the Republic of Northland and the Republic of Southland"
        ),
    ),
    Case(
        "a long standfirst below the headline and above the dateline is no headline",
        " date 2025-06-28 Commission welcomes the accord\n\n"
        "The Chairperson of the Commission of the Example Union welcomes the signing of "
        "the Accord between the Republic of Northland and the Republic of Southland\n\n"
        "Port Elena, Example, 28 June 2025: The Chairperson of the Commission warmly "
        "welcomes the signing of the accord between the two states.",
        {"place": "Port Elena, Example", "date": D(2025, 6, 28)},
        "The Chairperson of the Commission warmly",
        headline="Commission welcomes the accord",
    ),
    Case(
        "a state's name before a colon opens a long title, no dateline; the place and a day-first date alone above the text",
        " date 2026-02-24 EXAS\nExample External Action Service\n"
        "Lebanon: Statement by the High Representative on behalf of the Union on the "
        "renewal of the mandate of the observer mission in the south\n"
        "Statement by the High Representative on behalf of the Union\n\n"
        "Valletta, 24.02.2026\n\n"
        "The Union today renewed the mandate of its observer mission for two more years.",
        {"place": "Valletta", "date": D(2026, 2, 24), "agency": None},
        "The Union today renewed the mandate",
        headline=(
            "Lebanon: Statement by the High Representative on behalf of the Union on the "
            "renewal of the mandate of the observer mission in the south"
        ),
    ),
    Case(
        "a state's name before a colon on a line that ends a sentence is still a dateline",
        " date 2026-02-24 Lebanon: The two ministers met in the capital on Tuesday to "
        "sign the accord on the border.",
        {"place": "Lebanon", "date": None},
        "The two ministers met in the capital",
    ),
    Case(
        "a city-state's name before a colon is a dateline: `Kuwait: `",
        " date 2026-02-24 Kuwait: The two ministers met in the capital on Tuesday to "
        "sign the accord on the border and on the port\n\nThey will meet again in June.",
        {"place": "Kuwait", "date": None},
        "The two ministers met in the capital",
    ),
    Case(
        "a line that says whose the text is, above it: `The below is attributable to Spokesperson Dana Levi:`",
        " date 2025-05-06 The Secretary's Meeting with the Foreign Minister of Example\n"
        "READOUT\nOFFICE OF THE SPOKESPERSON\nMAY 6, 2025\n\n"
        "The below is attributable to Spokesperson Dana Levi:\n\n"
        "The Secretary met today with the Foreign Minister of Example in Northport.",
        {"place": None, "bylines": (), "agency": None},
        "The Secretary met today with",
        headline="The Secretary's Meeting with the Foreign Minister of Example",
    ),
    Case(
        "a statement that opens on `The following` without a colon is text",
        " date 2025-05-06 Ministers meet in Northport\n\n"
        "The following steps were agreed by the two ministers on Tuesday in Northport.",
        {"place": None},
        "The following steps were agreed",
        headline="Ministers meet in Northport",
    ),
    Case(
        "a date in capitals is a timestamp, whose year a yearless dateline takes: `MAY 6, 2025`",
        "Envoys meet in Northport\nMAY 6, 2025\n\n"
        "NORTHPORT, May 6 (EXA) - The envoys of the two countries met in Northport on "
        "Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "EXA"},
        "The envoys of the two countries",
        headline="Envoys meet in Northport",
    ),
    Case(
        "an agency's name alone above the headline on its own site is its masthead, no credit",
        " date 2025-05-06 Yonhap\nPolitics\nEnvoys open talks on the border crossing\n"
        "06.05.2025 10:17\n\nThe envoys of the two countries opened talks on the border "
        "crossing on Tuesday.",
        {"agency": None, "place": None, "bylines": ()},
        "The envoys of the two countries",
        headline="Envoys open talks on the border crossing",
    ),
    Case(
        "an agency's name alone below the headline credits the agency",
        " date 2025-05-06 Envoys open talks on the border crossing\nYonhap\n\n"
        "The envoys of the two countries opened talks on the border crossing on Tuesday.",
        {"agency": "Yonhap", "place": None, "bylines": ()},
        "The envoys of the two countries",
        headline="Envoys open talks on the border crossing",
    ),
    Case(
        "an outlet's credit with the agency it drew on: `Le Example with AFP`, below a standfirst",
        " date 2025-04-15 International\nEnvoys recalled as the row deepens\n"
        "Northland said it would answer in kind, a blow to a thaw begun two weeks ago.\n"
        "Le Example with AFP\nPublished on April 15, 2025, at 7:02 pm\n\n"
        "Northland announced on Tuesday that it would recall its envoy to Southland.",
        {"agency": "AFP", "bylines": (), "place": None},
        "Northland announced on Tuesday",
        headline="Envoys recalled as the row deepens",
    ),
    Case(
        "a writer's name with an agency is a byline: `Dana Levi with AFP`",
        " date 2025-04-15 Envoys recalled as the row deepens\nDana Levi with AFP\n\n"
        "Northland announced on Tuesday that it would recall its envoy to Southland.",
        {"bylines": ("Dana Levi",), "place": None},
        "Northland announced on Tuesday",
        headline="Envoys recalled as the row deepens",
    ),
    # -- session 14 review: near misses of the rules above --------------
    Case(
        "a headline of two short parts whose first is a section's word stays one: `Sport / Politics Collide`",
        " date 2025-05-06 Sport / Politics Collide\n\nThe two ministers met at the games "
        "in Northport on Tuesday.",
        {"place": None},
        "The two ministers met at the games",
        headline="Sport / Politics Collide",
    ),
    Case(
        "a Vietnamese writer's name that starts like an outlet's, with an agency: `Le Van Thanh with AFP`",
        " date 2025-04-15 Envoys recalled as the row deepens\nLe Van Thanh with AFP\n\n"
        "Northland announced on Tuesday that it would recall its envoy to Southland.",
        {"bylines": ("Le Van Thanh",), "agency": None},
        "Northland announced on Tuesday",
        headline="Envoys recalled as the row deepens",
    ),
    Case(
        "an Arabic writer's name that starts like an outlet's, with an agency: `El Hassan Amrani with Reuters`",
        " date 2025-04-15 Envoys recalled as the row deepens\nEl Hassan Amrani with Reuters\n\n"
        "Northland announced on Tuesday that it would recall its envoy to Southland.",
        {"bylines": ("El Hassan Amrani",), "agency": None},
        "Northland announced on Tuesday",
        headline="Envoys recalled as the row deepens",
    ),
    Case(
        "an agency's name alone right above a dateline with no tag, no headline between, credits the story",
        " date 2025-05-06 AFP\nNORTHPORT, May 6 - The two foreign ministers met in "
        "Northport on Tuesday.",
        {"agency": "AFP", "place": "NORTHPORT", "date": D(2025, 5, 6)},
        "The two foreign ministers met",
    ),
    Case(
        "an agency's name alone right above the text, no headline between, credits the story",
        " date 2025-05-06 Reuters\n\nThe two foreign ministers met in Northport on "
        "Tuesday and agreed to reopen the port.",
        {"agency": "Reuters", "place": None},
        "The two foreign ministers met",
    ),
    Case(
        "a line that says who released the text below: `The following statement was released by ...:`",
        " date 2025-05-06 The Secretary's Meeting with the Foreign Minister of Example\n"
        "READOUT\nOFFICE OF THE SPOKESPERSON\nMAY 6, 2025\n\n"
        "The following statement was released by the Office of the Spokesperson:\n\n"
        "The Secretary met today with the Foreign Minister of Example in Northport.",
        {"place": None, "bylines": (), "agency": None},
        "The Secretary met today with",
        headline="The Secretary's Meeting with the Foreign Minister of Example",
    ),
    # -- session 16: labels above the title, credits with sources, places
    # kept through the page's widgets ----------------------------------
    Case(
        "a live page's label above the title, which the byline follows: `Border war latest`",
        "Border war latest\n\nNorthland and Southland sign a river accord in Northport as "
        "talks on the port resume\n\nby Dana Levi\n\nMay 6, 2025 3:48 PM\n\n3 min read\n\n"
        "The two foreign ministers signed a river accord in Northport on Tuesday.",
        {"bylines": ("Dana Levi",), "place": None},
        "The two foreign ministers signed",
        headline="Northland and Southland sign a river accord in Northport as talks on the port resume",
    ),
    Case(
        "a section's kicker in capitals above the title: `NORTHLAND / DIPLOMACY`",
        " date 2025-05-06 NORTHLAND / DIPLOMACY\n\nEnvoys meet in Northport and vow to reopen "
        "the port; analysts call for restraint on both sides\n\nBy Example Times\n\n"
        "Published: May 06, 2025 12:46 AM\n\nThe envoys of Northland and Southland met in "
        "Northport on Monday.",
        {"bylines": (), "place": None, "agency": None},
        "The envoys of Northland and Southland",
        headline="Envoys meet in Northport and vow to reopen the port; analysts call for restraint on both sides",
    ),
    Case(
        "a site's name that ends on a news service's word above the title and its date",
        " date 2025-05-06 EXA WORLD-NORTHLAND News\n\nNorthland lodges a protest over a "
        "Southland rig near the sea border\n\nMay 6, 2025 18:45 JST\n\nThe foreign ministry "
        "of Northland said on Tuesday that it had summoned an envoy over the rig.",
        {"bylines": (), "place": None},
        "The foreign ministry of Northland said",
        headline="Northland lodges a protest over a Southland rig near the sea border",
    ),
    Case(
        "a site's slogan below its name, the title right above the page's date",
        " date 2025-05-06 Example News\nLocal voices World stories\nNorthland: Envoy hails river "
        "deal and calls for calm on the border\n6 May 2025\nPeace and Security\n\n"
        "The envoy praised the river deal on Tuesday.",
        {"bylines": (), "place": None},
        "The envoy praised the river deal",
        headline="Northland: Envoy hails river deal and calls for calm on the border",
    ),
    Case(
        "a short headline above its deck, which opens as a sentence, and the byline: no label",
        "Envoys Visit Asia\n\nThe two envoys will meet five ministers on a tour of the region "
        "this week\n\nBy Dana Levi\n\nThe envoys of Northland and Southland left for the "
        "region on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of Northland and Southland left",
        headline="Envoys Visit Asia",
    ),
    Case(
        "a headline above a deck not twice as long, then the byline: no label",
        "Ministers Open Talks On News\n\nMediators expect a first text by Friday, officials "
        "say\n\nBy Dana Levi\n\nThe ministers of Northland and Southland opened talks on "
        "Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The ministers of Northland and Southland",
        headline="Ministers Open Talks On News",
    ),
    Case(
        "a headline of four words in capitals above its deck and the byline: no kicker",
        "TALKS RESUME IN NORTHPORT\n\nMediators expect both sides to agree on a first text by "
        "the end of the week\n\nBy Dana Levi\n\nThe talks between Northland and Southland "
        "resumed on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The talks between Northland and Southland",
        headline="TALKS RESUME IN NORTHPORT",
    ),
    Case(
        "a person's name as a topic's label above the title is neither title nor byline",
        "Omar Haddad\n\nOmar Haddad pledges to reopen the port in talks with Southland\n\n"
        "By Dana Levi\n\nThe President of Northland pledged on Tuesday to reopen the port.",
        {"bylines": ("Dana Levi",)},
        "The President of Northland pledged",
        headline="Omar Haddad pledges to reopen the port in talks with Southland",
    ),
    Case(
        "a byline with the agencies the story drew on after `with`: `By Dana Levi with AP, AFP`",
        " date 2025-05-06 Politics\nContinent Desk\n\nCouncil widens its port embargo while its "
        "envoy prepares a visit\n\nBy Dana Levi with AP, AFP\n\nPublished on 06/05/2025 - "
        "09:10 GMT+2 • Updated 10:25\n\nSend this story\nDiscuss\n\nThe council added "
        "twelve cargo ships to its embargo list on Monday.",
        {"bylines": ("Dana Levi",), "agency": None},
        "The council added twelve cargo ships",
        headline="Council widens its port embargo while its envoy prepares a visit",
    ),
    Case(
        "a byline with one agency after `with` and a stamp with no year: `By Dana Levi with AFP`",
        " date 2025-05-06 Politics\n\nTwo blocs settle travel rules after a week of talks in "
        "Northport\n\nBy Dana Levi with AFP\n\nLast updated: 06/05 - 14:37\n\n"
        "The two blocs settled the rules for travel between them on Tuesday.",
        {"bylines": ("Dana Levi",), "agency": None},
        "The two blocs settled the rules",
        headline="Two blocs settle travel rules after a week of talks in Northport",
    ),
    Case(
        "a writer's name alone below the deck, then a place line, a stamp and a caption",
        " date 2025-05-06 News » World\n\nNorthland and Southland leaders meet; Southland to "
        "reopen the port\n\nThe President raised the matter of the port during a dinner "
        "at the lake residence on Monday evening with his host and both their foreign "
        "ministers\n\nDana Levi\n\nNORTHPORT\n\nUpdated - May 06, 2025 09:41 pm IST\n\n"
        "President Omar Haddad with President Sam Roe at the palace in Northport on May "
        "6, 2025. Photo: Example Ministry\n\nThe two Presidents held their annual summit in "
        "Northport on Tuesday.",
        {"bylines": ("Dana Levi",), "place": "NORTHPORT", "date": None},
        "The two Presidents held their annual summit",
        headline="Northland and Southland leaders meet; Southland to reopen the port",
    ),
    Case(
        "a place and the date on the stamp line below the headline hold through share and gift widgets",
        " date 2025-05-06 Home\nNorthland\nPolitics\n\nNorthland and Southland set a date for "
        "new river border talks\n\nDana Levi (The Example Post)\n\nJakarta ● Tue, May 6, "
        "2025\n\nShare this article\n\nChange text size\n\nGift this article\nto a friend\n\n"
        "The two foreign ministers set a date for the border talks on Tuesday.",
        {"bylines": ("Dana Levi",), "place": "Jakarta", "date": D(2025, 5, 6)},
        "The two foreign ministers set a date",
        headline="Northland and Southland set a date for new river border talks",
    ),
    Case(
        "a press release's long numbered title below a letterhead and its breadcrumb",
        " date 2025-05-06 REPUBLIC OF NORTHİA\nMINISTRY OF FOREIGN AFFAIRS\n\nHome > Foreign "
        "Policy > Press Releases\n\nNo: 12, 6 May 2025, Press Release on the Working Visit of "
        "the Foreign Minister of Southland, Dana Levi, to Northia\n\nThe Foreign Minister of "
        "Southland will pay a working visit to Northia on 7-8 May 2025.",
        {"bylines": (), "place": None},
        "The Foreign Minister of Southland will",
        headline="No: 12, 6 May 2025, Press Release on the Working Visit of the Foreign Minister of Southland, Dana Levi, to Northia",
    ),
    Case(
        "a breadcrumb's last part as the title keeps it above a long deck",
        " date 2025-05-06 Home > World > Envoys agree on port deal\n\nMediators from three "
        "states spent the night drafting a text that both sides could sign before the "
        "deadline set by the council last month ran out\n\nThe envoys of Northland and "
        "Southland agreed on a port deal on Tuesday.",
        {"bylines": (), "place": None},
        "The envoys of Northland and Southland agreed",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a writer's name alone below the photo's caption, then the stamp and a dash dateline",
        "Ghana\n\nGhana and Example Isles widen port ties; border dispute leads the talks\n\n"
        "Ministers of both states at the harbour after the talks on May 6. PHOTO: EXA\n\n"
        "Dana Levi\n\nPublished May 6, 2025, 07:12 PM\n\nACCRA – Ghana's foreign minister "
        "welcomed a delegation from Example Isles on Tuesday.",
        {"bylines": ("Dana Levi",), "place": "ACCRA"},
        "Ghana's foreign minister welcomed",
        headline="Ghana and Example Isles widen port ties; border dispute leads the talks",
    ),
    Case(
        "a country's name in small letters as the section below the headline is no place past the photo credits",
        " date 2025-05-06 Accra and Lomé pleased with progress on the port\n\nGhana\n\nAFP\n"
        "6 May, 2025, 01:00 pm\n\nPhoto: File.\nPhoto: File.\n\nThe two neighbours said on "
        "Friday that work on the shared port was on schedule.",
        {"bylines": (), "place": None, "agency": "AFP"},
        "The two neighbours said on Friday",
        headline="Accra and Lomé pleased with progress on the port",
    ),
    Case(
        "a page's verb of reporting before `by`: `Reporting by Dana Levi`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Reporting by Dana Levi\n\nThe envoys of two states signed an accord on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a contributor's label: `Contributor: Dana Levi`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Contributor: Dana Levi\n\nThe envoys of two states signed an accord on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a writer's title after a dash: `Dana Levi - Diplomatic Correspondent`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Dana Levi - Diplomatic Correspondent\n\nThe envoys of two states signed an accord "
        "on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a writer's title after a bar: `Sam Roe | Northport Correspondent`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Sam Roe | Northport Correspondent\n\nThe envoys of two states signed an accord on "
        "Tuesday.",
        {"bylines": ("Sam Roe",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a writer's title and place after the name: `Dana Levi, Senior Correspondent, Northport`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Dana Levi, Senior Correspondent, Northport\n\nThe envoys of two states signed an "
        "accord on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "an office after a dash is the story's subject, no writer: `Omar Haddad - Northland President`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Omar Haddad - Northland President\n\nThe envoys of two states signed an accord on "
        "Tuesday.",
        {"bylines": ()},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "an outlet's name before a writer's title is no writer: `Example Daily - Staff Reporter`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "Example Daily - Staff Reporter\n\nThe envoys of two states signed an accord on "
        "Tuesday.",
        {"bylines": ()},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "writers in capitals joined by `AND`: `BY DANA LEVI AND SAM ROE`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "BY DANA LEVI AND SAM ROE\n\nThe envoys of two states signed an accord on Tuesday.",
        {"bylines": ("DANA LEVI", "SAM ROE")},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a second writer after `with additional reporting by`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "By Dana Levi, with additional reporting by Sam Roe\n\nThe envoys of two states "
        "signed an accord on Tuesday.",
        {"bylines": ("Dana Levi", "Sam Roe")},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a place after `with` names no second writer: `By Dana Levi with Northport`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "By Dana Levi with the Foreign Minister\n\nThe envoys of two states signed an accord "
        "on Tuesday.",
        {"bylines": ()},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a writer and the reading time between bullets: `By Dana Levi • 3 min read`",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "By Dana Levi • 3 min read\n\nThe envoys of two states signed an accord on Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "the wire's reporting credit in brackets after the body",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "The envoys of two states signed an accord on Tuesday.\n\nThe talks resume next "
        "month.\n\n(Reporting by Dana Levi in Northport; Editing by Sam Roe)",
        {"bylines": ("Dana Levi",)},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "the credit's writer and added reporter are bylines, its editor is none",
        " date 2025-05-06 Envoys agree on a river accord at Northport talks\n\n"
        "The envoys of two states signed an accord on Tuesday.\n\nThe talks resume next "
        "month.\n\n(Reporting by Dana Levi; Additional reporting by Li Ming; Writing "
        "by Sam Roe; Editing by Ana Ruiz)",
        {"bylines": ("Dana Levi", "Li Ming", "Sam Roe")},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord at Northport talks",
    ),
    Case(
        "a place in capitals, its region and its country before a dash",
        " date 2025-05-06 Envoys agree on a river accord\n\nNORTHPORT, Example Region, "
        "Southland — The envoys of two states signed an accord on Tuesday.",
        {"place": "NORTHPORT, Example Region, Southland", "agency": None},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a place in capitals and its initials before a dash: `WASHINGTON, D.C. — `",
        " date 2025-05-06 Envoys agree on a river accord\n\nWASHINGTON, D.C. — The envoys "
        "of two states signed an accord on Tuesday.",
        {"place": "WASHINGTON, D.C.", "agency": None},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a place, its region and its country before the date and the tag",
        " date 2025-05-06 Envoys agree on a river accord\n\nKANO, Kano State, Nigeria, May 6 "
        "(Reuters) - The envoys of two states signed an accord on Tuesday.",
        {
            "place": "KANO, Kano State, Nigeria",
            "agency": "Reuters",
            "date": D(2025, 5, 6),
        },
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a place in small letters and a country of three words before a dash",
        " date 2025-05-06 Envoys agree on a river accord\n\nPort Moresby, Papua New Guinea - "
        "The envoys of two states signed an accord on Tuesday.",
        {"place": "Port Moresby, Papua New Guinea", "agency": None},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a place and a hyphenated country before a colon: `Dili, Timor-Leste: `",
        " date 2025-05-06 Envoys agree on a river accord\n\nDili, Timor-Leste: The envoys "
        "of two states signed an accord on Tuesday.",
        {"place": "Dili, Timor-Leste", "agency": None},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a sentence naming states before a dash is no dateline: `Moreover, Northland - `",
        " date 2025-05-06 Envoys agree on a river accord\n\nMoreover, Northland - The envoys "
        "of two states signed an accord on Tuesday.",
        {"place": None},
        "Moreover, Northland - The envoys",
        headline="Envoys agree on a river accord",
    ),
    Case(
        "a place and its initials before a no-break space and a dash keep the initials' full stop",
        " date 2025-05-06 Envoys agree on a river accord\n\nNORTHPORT, N.L.\u00a0— The envoys "
        "of two states signed an accord on Tuesday.",
        {"place": "NORTHPORT, N.L.", "agency": None},
        "The envoys of two states signed",
        headline="Envoys agree on a river accord",
    ),
    # -- review of session 16: headlines that a label's rule must keep --
    Case(
        "a short headline ending on a particle above its deck and the byline: no label",
        "Border tensions flare up\n\nNorthland accuses Southland of moving troops close to "
        "the river crossing\n\nBy Dana Levi\n\nNorthland said on Tuesday that troops had "
        "moved to the river.",
        {"bylines": ("Dana Levi",)},
        "Northland said on Tuesday",
        headline="Border tensions flare up",
    ),
    Case(
        "a short headline ending on a verb above its deck and the page's date: no label",
        " date 2025-05-06 Ceasefire talks open\n\nNegotiators from both sides gather in Northport for a "
        "first round since March\n\nMay 6, 2025\n\nThe talks opened in Northport on "
        "Tuesday.",
        {"bylines": (), "place": None},
        "The talks opened in Northport",
        headline="Ceasefire talks open",
    ),
    Case(
        "a short headline ending on a subject's word above its deck and the byline: no label",
        "Northland's quiet diplomacy\n\nHow a small state brought two rivals back to the "
        "table over the river dispute\n\nBy Dana Levi\n\nFor two years the envoys of "
        "Northland shuttled between the rivals.",
        {"bylines": ("Dana Levi",)},
        "For two years the envoys",
        headline="Northland's quiet diplomacy",
    ),
    Case(
        "a headline of three words in capitals above its deck and the byline: no kicker",
        "PORT DEAL SIGNED\n\nNorthland and Southland end a decade of dispute over the "
        "harbour with a treaty\n\nBy Dana Levi\n\nThe two states signed the treaty on "
        "Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two states signed the treaty",
        headline="PORT DEAL SIGNED",
    ),
    Case(
        "a flash's kicker and its headline in capitals above the deck: no section's kicker",
        "BREAKING: TRUCE AGREED\n\nNorthland and Southland agree to halt the shelling along "
        "the border from midnight\n\nBy Dana Levi\n\nThe two sides agreed a truce on "
        "Tuesday.",
        {"bylines": ("Dana Levi",)},
        "The two sides agreed a truce",
        headline="BREAKING: TRUCE AGREED",
    ),
    Case(
        "states listed before a dash at the body's start are no place, region and country",
        " date 2025-05-06 Allies meet on port security\n\nBy Dana Levi\n\nUS, Japan, "
        "Philippines — The three allies met in Northport on Tuesday to discuss the port.",
        {"bylines": ("Dana Levi",), "place": None},
        "US, Japan, Philippines — The three allies",
        headline="Allies meet on port security",
    ),
    # -- session 17: layouts of pages from outlets not seen before --------
    Case(
        "a summary box under its label is no body: the text is below its blank line",
        "News\nEnvoys sign port accord\nTuesday, May 6, 2025\nBy Dana Levi\n\n"
        "Summary\nThe accord provides for joint patrols along the river.\nBoth sides "
        "named liaison officers.\n\nNorthland and Southland signed an accord on joint "
        "patrols on Monday.\n\nThe patrols start in June.",
        {"bylines": ("Dana Levi",), "place": None},
        "Northland and Southland signed an accord",
        headline="Envoys sign port accord",
    ),
    Case(
        "a box's label with a colon and bulleted items below it, each its own paragraph",
        " date 2025-05-06 Envoys sign port accord\n\nKey points:\n\n• The port reopens in June.\n\n"
        "• Tariffs on grain fall by half.\n\nThe two foreign ministers signed the port "
        "accord in Northport on Tuesday.",
        {"place": None},
        "The two foreign ministers signed the port accord",
        headline="Envoys sign port accord",
    ),
    Case(
        "a summary box above a known city and a full stop: the dateline is below the box",
        "Envoys sign port accord\nTuesday, May 6, 2025\n\nSummary\nThe accord covers "
        "joint patrols along the river.\n\nDar es Salaam. Northland and Southland "
        "yesterday signed an accord on joint patrols.",
        {"place": "Dar es Salaam"},
        "Northland and Southland yesterday signed",
        headline="Envoys sign port accord",
    ),
    Case(
        "'In brief' opening a sentence is text, no box's label",
        " date 2025-05-06 Envoys sign port accord\n\nIn brief, the two ministers signed the port accord "
        "in Northport on Tuesday after a year of talks.\n\nThe patrols start in June.",
        {"place": None},
        "In brief, the two ministers signed",
        headline="Envoys sign port accord",
    ),
    Case(
        "a day-first numeric stamp gives a yearless tagged dateline its year",
        "Northland, Southland sign accord on consultations\nPublished on 06/05/2025 - "
        "17:45\n\nNORTHPORT, May 6 (EXA) - The foreign minister received his Southland "
        "counterpart on Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "EXA"},
        "The foreign minister received his Southland",
        headline="Northland, Southland sign accord on consultations",
    ),
    Case(
        "a dotted stamp gives the year too",
        "Envoys sign port accord\n06.05.2025 11:27\n\nNORTHPORT, May 6 (EXA) - The "
        "foreign ministers signed the port accord on Tuesday.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6), "agency": "EXA"},
        "The foreign ministers signed the port accord",
        headline="Envoys sign port accord",
    ),
    Case(
        "a place in capitals, a dash, a full date and a colon",
        " date 2025-05-07 Levi receives Southland envoy\n\nBy Sam Roe\n\nNORTHPORT – "
        "6 May 2025: Foreign Minister Dana Levi received the envoy of Southland on "
        "Tuesday.",
        {"bylines": ("Sam Roe",), "place": "NORTHPORT", "date": D(2025, 5, 6)},
        "Foreign Minister Dana Levi received",
        headline="Levi receives Southland envoy",
    ),
    Case(
        "a dash and a date after the first words of a sentence open no dateline",
        " date 2025-05-06 Levi receives Southland envoy\n\nThe minister met the envoy on Tuesday – 6 May "
        "2025: a date both sides had set long before.",
        {"place": None, "date": None},
        "The minister met the envoy on Tuesday",
        headline="Levi receives Southland envoy",
    ),
    Case(
        "a place and a month in capitals alone on their line below the stamp",
        " date 2025-05-06 Northland\n\nEnvoys of two states to meet in Southport next week\n\nExample "
        "News Service\n\nPublished: 08:15 am May 06, 2025\n\nNORTHPORT, MAY 6\n\nThe "
        "foreign secretary will lead a delegation to Southport next week, the ministry "
        "said.",
        {"place": "NORTHPORT", "date": D(2025, 5, 6)},
        "The foreign secretary will lead",
        headline="Envoys of two states to meet in Southport next week",
    ),
    Case(
        "a deck that reads as a sentence above the issuer's and the date's labels",
        " date 2025-05-06 Home\nInternational\nPress release\nLeaders' call with President "
        "Levi: 6 May 2025\nThe Prime Minister spoke to "
        "President Dana Levi.\nFrom:\nPrime Minister's Office\nPublished\n6 May 2025\n\n"
        "The Prime Minister spoke to President Dana Levi of Northland this afternoon.",
        {"place": None},
        "The Prime Minister spoke to President Dana Levi of Northland",
        headline="Leaders' call with President Levi: 6 May 2025",
    ),
    Case(
        "a deck above a line of parts between bars, one of them the page's date",
        " date 2025-05-06 World News\nNorthland Leader To Visit Southport On Saturday, "
        "Talks On Agenda\n\nThe leader will be joined by a business delegation, officials "
        "said.\n\nWorld News | Example Daily | Updated: May 06, 2025 6:41 pm\n\nThe "
        "leader will hold talks on Saturday. (File)\n\nNew Delhi: The Northland leader "
        "will arrive in Southport on Saturday for a two-day visit.",
        {"place": "New Delhi"},
        "The Northland leader will arrive",
        headline="Northland Leader To Visit Southport On Saturday, Talks On Agenda",
    ),
    Case(
        "a section's name with an ampersand above the title, its deck and the byline",
        "Northland & the Region\nNorthland to shut Southport embassy over 'hostile "
        "policies'\nLevi calls the move regrettable, says Northland bears no ill will; "
        "Southport will keep its own mission open\nBy Sam Roe\n16 December 2024, 1:45 "
        "pm\n\nThe foreign minister announced on Sunday that Northland would close its "
        "embassy.",
        {"bylines": ("Sam Roe",)},
        "The foreign minister announced on Sunday",
        headline="Northland to shut Southport embassy over 'hostile policies'",
    ),
    Case(
        "a section's path in small letters above the title, its deck and the writer's name",
        " date 2026-04-03 Northland / Diplomacy\nNorthland-Southland ministers' meeting "
        "postponed as row drags on\nTalks Northport was due to host this month are put "
        "off, media report, as the minister warns his visiting counterpart\nSam Roe\n"
        "Published: 8:30pm, 3 Apr 2026\n\nA meeting of the foreign ministers that "
        "Northport was due to host has been postponed.",
        {"bylines": ("Sam Roe",)},
        "A meeting of the foreign ministers",
        headline="Northland-Southland ministers' meeting postponed as row drags on",
    ),
    Case(
        "a headline in small letters with an ampersand above its deck stays the headline",
        "Oil & gas talks\n\nNorthland and Southland open a new round on the shared "
        "field with a deal in sight\n\nBy Dana Levi\n\nNorthland said on Tuesday that "
        "talks on the field had resumed.",
        {"bylines": ("Dana Levi",)},
        "Northland said on Tuesday",
        headline="Oil & gas talks",
    ),
    Case(
        "an agency's name with its acronym, a section and the date above the title",
        " date 2025-10-01 Northland State News Agency (NSNA)\n\nPolitics\n\n01.10.2025\n\n"
        "President of Northland receives Vice President of Southland\n\nOn September 30, "
        "President of Northland Dana Levi received the Vice President of Southland.",
        {"place": None, "agency": None},
        "On September 30, President of Northland",
        headline="President of Northland receives Vice President of Southland",
    ),
    Case(
        "a save button's text and a caption with its credit in square brackets above the body",
        " date 2025-05-06 News|Northland-Southland dispute\nNorthland cuts ties with "
        "Southland\nThe capital accuses its neighbour of force as two others recall their "
        "envoys.\nPublished On 6 May 2025\nSave articles to read later and create your "
        "personal reading list.\nPeople gather outside the embassy in Northport on Monday "
        "[File: Dana Levi/Example]\n\nNorthland has severed diplomatic relations with "
        "Southland over the border dispute.",
        {"place": None},
        "Northland has severed diplomatic relations",
        headline="Northland cuts ties with Southland",
    ),
    Case(
        "a sentence that ends on a bracketed note with no label, and one about saving, are text",
        " date 2025-05-06 Northland cuts ties with Southland\n\nSave the Port, a "
        "campaign, said it would study the decision [in full] before Friday.\n\nThe "
        "ministry confirmed the decision.",
        {"place": None},
        "Save the Port, a campaign, said",
        headline="Northland cuts ties with Southland",
    ),
    Case(
        "an agency's full name alone on its line above the body credits the story",
        " date 2026-04-17 Politics\n\nNorthland to host new round of talks in Geneva\n\n"
        "This content was published on\nApril 17, 2026 - 11:20\n3 minutes\n\n"
        "Keystone-SDA\n\nNorthland will host a new round of talks in Geneva next week, "
        "the ministry confirmed on Thursday.",
        {"agency": "Keystone-SDA", "place": None},
        "Northland will host a new round",
        headline="Northland to host new round of talks in Geneva",
    ),
    Case(
        "an agency's full name in a bar with the page's date, a caption, then a colon dateline",
        " date 2025-05-06 World News\nNorthland Leader To Visit Southport On Saturday\n\n"
        "The leader will be joined by a business delegation, officials said.\n\nWorld "
        "News | Press Trust of India | Updated: May 06, 2025 6:41 pm\n\nThe leader will "
        "hold talks on Saturday. (File)\n\nNew Delhi: The Northland leader will arrive in "
        "Southport on Saturday.",
        {"agency": "Press Trust of India", "place": "New Delhi"},
        "The Northland leader will arrive",
        headline="Northland Leader To Visit Southport On Saturday",
    ),
    # -- session 17 review: near misses of the new layouts ----------------
    Case(
        "a box's word as a menu's item above the title opens no box",
        " date 2025-05-06 Home\nNews\nVideos\nHighlights\nEnvoys sign port accord\n"
        "By Dana Levi\n\nNorthland and Southland signed an accord on joint patrols on "
        "Monday.\n\nThe patrols start in June.",
        {"bylines": ("Dana Levi",), "place": None},
        "Northland and Southland signed an accord",
        headline="Envoys sign port accord",
    ),
    Case(
        "a dash and a date after a title or a name in small letters open no dateline",
        " date 2025-05-06 Northland and Southland agree on port\n\nJoint Statement – 6 "
        "May 2025: The two governments agreed to reopen the port of Northport.",
        {"place": None, "date": None},
        "Joint Statement – 6 May 2025: The two governments",
        headline="Northland and Southland agree on port",
    ),
    Case(
        "a known city in small letters, a dash and a date open a dateline",
        " date 2025-05-07 Northland and Southland agree on port\n\nNairobi – 6 May "
        "2025: The two governments agreed to reopen the port of Northport.",
        {"place": "Nairobi", "date": D(2025, 5, 6)},
        "The two governments agreed",
        headline="Northland and Southland agree on port",
    ),
    Case(
        "a lead-in to a quote below the issuer's and the date's labels is the body's start",
        " date 2025-05-06 Leaders' call with President Levi: 6 May 2025\nThe Prime "
        "Minister spoke to President Dana Levi.\nFrom:\nPrime Minister's Office\n"
        'Published\n6 May 2025\n\nA government spokesperson said:\n\n"The Prime '
        'Minister spoke to President Dana Levi of Northland this afternoon.\n\n"The '
        'leaders agreed to meet in Northport next month."',
        {"place": None},
        "A government spokesperson said:",
        headline="Leaders' call with President Levi: 6 May 2025",
    ),
    Case(
        "a label in capitals with a colon above a quote is no lead-in",
        ' date 2025-05-06 Envoys sign port accord\n\nQuote Of The Day:\n\n"We will '
        'reopen the port of Northport next month," the foreign minister told reporters '
        "on Tuesday.",
        {"place": None},
        '"We will reopen the port',
        headline="Envoys sign port accord",
    ),
    Case(
        "a slashed date either way round below the title gives the place no date",
        "Envoys sign port accord\nNORTHPORT | 03/04/2024 10:12\n\nThe foreign "
        "minister received his Southland counterpart on Tuesday.",
        {"place": "NORTHPORT", "date": None},
        "The foreign minister received",
        headline="Envoys sign port accord",
    ),
    Case(
        "a slashed date one way round only below the title gives the place its date",
        "Envoys sign port accord\nNORTHPORT | 20/02/2024 10:12\n\nThe foreign "
        "minister received his Southland counterpart on Tuesday.",
        {"place": "NORTHPORT", "date": D(2024, 2, 20)},
        "The foreign minister received",
        headline="Envoys sign port accord",
    ),
    Case(
        "a box that no blank line ends gives its text to the body: lines without blanks",
        " date 2025-05-06 Envoys sign port accord\nBy Dana Levi\n\nSummary\nThe accord "
        "provides for joint patrols along the river.\nNorthland and Southland signed an "
        "accord on joint patrols on Monday, the ministry said.\nThe patrols start in "
        "June, officials of both states told reporters in Northport.",
        {"bylines": ("Dana Levi",), "place": None},
        "The accord provides for joint patrols",
        headline="Envoys sign port accord",
    ),
    # -- issue 14: pages from outlets not tuned on ------------------------
    Case(
        "a headline said again below a dateline on its own line is no text",
        "Envoys reopen the river crossing\n\nEnvoys reopen the river crossing\n\n"
        "ANKARA- Anadolu Agency\n\nEnvoys reopen the river crossing\n\nThe envoys "
        "of Northland and Southland reopened the crossing on the river on Tuesday.",
        {"place": "ANKARA", "agency": "Anadolu Agency"},
        "The envoys of Northland and Southland",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a headline given once, then a dateline on its own line and the headline again",
        "Envoys reopen the river crossing\n\nANKARA-Anadolu Agency\n\nENVOYS REOPEN "
        "THE RIVER CROSSING\n\nThe envoys of Northland and Southland reopened the "
        "crossing on the river on Tuesday.",
        {"place": "ANKARA", "agency": "Anadolu Agency"},
        "The envoys of Northland and Southland",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a line of text below a dateline on its own line that begins as the headline stays",
        "Envoys reopen the river crossing\n\nANKARA-Anadolu Agency\n\nEnvoys reopen "
        "the river crossing, officials of Northland said on Tuesday.",
        {"place": "ANKARA", "agency": "Anadolu Agency"},
        "Envoys reopen the river crossing, officials",
        headline="Envoys reopen the river crossing",
    ),
    Case(
        "a numeric date day first and an agency in parentheses open the text, no place",
        "29/05/2007 (Agence Exemple) - The foreign minister of Northland received the "
        "envoy of Southland in Northport on Tuesday.",
        {"place": None, "date": D(2007, 5, 29), "agency": "Agence Exemple"},
        "The foreign minister of Northland",
    ),
    Case(
        "a numeric date either way round before an agency in parentheses is read day first",
        "Envoys meet in Northport\n\n06.05.2025 (EXA) -- The foreign minister of "
        "Northland received the envoy of Southland in Northport on Tuesday.",
        {"place": None, "date": D(2025, 5, 6), "agency": "EXA"},
        "The foreign minister of Northland",
        headline="Envoys meet in Northport",
    ),
    Case(
        "a numeric date before an agency in parentheses that only month first can read",
        "05/29/2007 (Agence Exemple) - The foreign minister of Northland received the "
        "envoy of Southland in Northport on Tuesday.",
        {"place": None, "date": D(2007, 5, 29), "agency": "Agence Exemple"},
        "The foreign minister of Northland",
    ),
    Case(
        "a date either way round is read month first on a page that writes one only month first can read",
        "Envoys meet in Northport\n\nUpdated: 2/17/2025 10:12 AM\n\n06/05/2025 (Agence "
        "Exemple) - The foreign minister of Northland received the envoy of Southland "
        "in Northport on Tuesday.",
        {"place": None, "date": D(2025, 6, 5), "agency": "Agence Exemple"},
        "The foreign minister of Northland",
        headline="Envoys meet in Northport",
    ),
    Case(
        "a venue, its city and its country, a weekday and a full date before an en dash",
        " date 2022-05-31 State House, Mombasa, Kenya, Monday 30 May 2022 – The "
        "President received a delegation of envoys from Northland on Monday.",
        {"place": "State House, Mombasa, Kenya", "date": D(2022, 5, 30)},
        "The President received a delegation",
    ),
    Case(
        "a venue, a city and a country no table knows, a weekday with a comma and a date",
        "Envoys agree on port deal\n\nHarbour Hall, Lusaka, Zambia, Friday, June 3, "
        "2022 - The President received a delegation of envoys from Northland on Friday.",
        {"place": "Harbour Hall, Lusaka, Zambia", "date": D(2022, 6, 3)},
        "The President received a delegation",
        headline="Envoys agree on port deal",
    ),
    Case(
        "an office and a name before a city and a country is no venue",
        " date 2022-05-31 Minister Dana Levi, Northport, Example, Monday 30 May 2022 – "
        "The envoys met in Northport.",
        {"place": None, "date": None},
        "Minister Dana Levi, Northport",
    ),
    Case(
        "a paragraph said twice in a row is the headline, the widget's text above it chrome",
        " date 2025-05-06 Example metrika tracker\n\nEnvoys sign port accord in "
        "Northport\n\nEnvoys sign port accord in Northport\n\nThe envoys of Northland "
        "and Southland signed the port accord in Northport on Friday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "an analytics widget's text above the headline is chrome",
        " date 2025-05-06 Yandex metrika counter\n\nEnvoys sign port accord in "
        "Northport\n\nThe envoys of Northland and Southland signed the port accord in "
        "Northport on Friday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a paywall's notice and a menu between bars above the headline are chrome",
        " date 2025-05-06 Example Daily has a Reader Paywall\nLicence needed for work "
        "use Learn More\n\nWorld | Defence | Trade | Politics | Opinion\n\nEnvoys sign "
        "port accord in Northport\n\nThe envoys of Northland and Southland signed the "
        "port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a link to the next article with its title above the headline is chrome",
        " date 2024-04-03 Next article: Port board told to speed up repairs\n\n"
        "Northland president in Southland for state visit\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Northland president in Southland for state visit",
    ),
    Case(
        "a link to the previous story above the headline is chrome",
        " date 2024-04-03 Previous story: Rain closes the coast road\n\n"
        "Envoys sign port accord in Northport\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "an empty menu's notice and a weather widget above the headline are chrome",
        " date 2025-07-02 26.5 C\nNorthport\nWednesday, July 2, 2025\nNo menu items!\n\n"
        "Northland expels Southland diplomats\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"crawl_date": D(2025, 7, 2)},
        "The envoys of Northland and Southland",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a newspaper's name with its city in brackets above a topic and the title is chrome",
        " date 2019-06-03 3 June 2019\n\nDaily Herald (Lagos)\n\n"
        "Southland: Northland's President Visits Southland Today\n\nBy Ama Mensah\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ("Ama Mensah",)},
        "The envoys of Northland and Southland",
        headline="Southland: Northland's President Visits Southland Today",
    ),
    Case(
        "a headline ending in a newspaper's last word and a media label is no masthead: `(Video)`",
        " date 2025-05-06 Minister Slams Opposition Leader (Video)\n\n"
        "Northland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland appears ready to offer",
        headline="Minister Slams Opposition Leader (Video)",
    ),
    Case(
        "a headline with a place in brackets stays the headline",
        " date 2025-05-06 Envoys Sign Port Accord (Northport)\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys Sign Port Accord (Northport)",
    ),
    Case(
        "a template's unfilled placeholder below the title is chrome",
        " date 2013-10-04 Ministry Statement: Visit to Northland by the Foreign Secretary of "
        "Southland\n\nMinistry of Foreign Affairs Northland - $name\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Ministry Statement: Visit to Northland by the Foreign Secretary of Southland",
    ),
    Case(
        "a currency's code after a dollar sign in the title is no placeholder: `$US 20 million`",
        " date 2025-05-06 Example pledges $US 20 million to fund port\n\n"
        "Northland appears ready to offer more help to its neighbours, as the premier heads to a retreat.",
        {"place": None},
        "Northland appears ready to offer",
        headline="Example pledges $US 20 million to fund port",
    ),
    Case(
        "a template's unfilled placeholder above the title is chrome",
        " date 2013-10-04 Ministry of Foreign Affairs Northland - {{title}}\n\n"
        "Envoys sign port accord in Northport\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a long title opening the page alone, a template's placeholder below it",
        " date 2013-10-04 Ministry Press Statement: Visit to Northland by the Foreign Secretary of the Republic of Southland His Excellency Sam Roe Tadeo Marin, 4 to 5 October 2013\n\n"
        "Ministry of Foreign Affairs Northland - $name\n\n"
        "The Foreign Secretary of Southland is visiting Northland from 4 to 5 October 2013.",
        {"place": None},
        "The Foreign Secretary of Southland is visiting",
        headline="Ministry Press Statement: Visit to Northland by the Foreign Secretary of the Republic of Southland His Excellency Sam Roe Tadeo Marin, 4 to 5 October 2013",
    ),
    Case(
        "a long line without a full stop opening the page, the text right below: no headline",
        " date 2013-10-04 Ministry Press Statement: Visit to Northland by the Foreign Secretary of the Republic of Southland His Excellency Sam Roe Tadeo Marin, 4 to 5 October 2013\n\n"
        "The Foreign Secretary of Southland is visiting Northland from 4 to 5 October 2013.",
        {"place": None},
        "The Foreign Secretary of Southland is visiting",
    ),
    Case(
        "a title with a section, the outlet and the date after bars: the part before them",
        " date 2017-02-07 Premier seeks common ground on Southland trip | News | EXA | 07.02.2017\n"
        "  1. Content\n  2. Navigation\n\nPremier seeks common ground on Southland trip\n\n"
        "The envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Premier seeks common ground on Southland trip",
    ),
    Case(
        "a writer's name glued to the month of a dashed date and a time: `Dana Levi Apr - 03 - 2024 , 07:07`",
        " date 2024-04-03 Envoys sign port accord in Northport\n\n"
        "Dana Levi Apr - 03 - 2024 , 07:07\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ("Dana Levi",)},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a timestamp's first part, a name without a month, stays the writer's: `Dana Levi - 03 - 2024 , 07:07`",
        " date 2024-04-03 Envoys sign port accord in Northport\n\n"
        "Dana Levi - 03 - 2024 , 07:07\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ("Dana Levi",)},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a writer's name and handle glued to a label, the date and the time: `Dana Levi (@dlevi) Published ...`",
        " date 2022-04-05 Envoys sign port accord in Northport\n\n"
        "Dana Levi (@DLeviEX) Published April 05, 2022 | 11:40 AM\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ("Dana Levi",), "crawl_date": D(2022, 4, 5)},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a writer's name glued to a label and the date: `Dana Levi Published April 05, 2022`",
        " date 2022-04-05 Envoys sign port accord in Northport\n\n"
        "Dana Levi Published April 05, 2022\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ("Dana Levi",)},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a known place glued to a label and the date is no writer: `Abu Dhabi Published ...`",
        " date 2022-04-05 Envoys sign port accord in Northport\n\n"
        "Abu Dhabi Published April 05, 2022 | 12:00 PM\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ()},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord in Northport",
    ),
    Case(
        "a site's `Beta Version` label below its date is no byline",
        " date 2020-09-20 Sunday,September 20, 2020\n\nBeta Version\n\nEnvoys sign port accord\n\n"
        "2020-05-21 15:33:12\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"bylines": ()},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "an outlet's `Own report:` label opening the text is no part of it",
        " date 2022-03-23 Northland expels Southland diplomats\n\n"
        "Own report: Northland has expelled two Southland diplomats from its capital, the ministry said.",
        {"place": None, "agency": None},
        "Northland has expelled two",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "an outlet's `Staff Report:` label below a timestamp opening the text",
        " date 2022-03-23 Northland expels Southland diplomats\n\nMarch 23, 2022\n\n"
        "Staff Report: Northland has expelled two Southland diplomats from its capital, the ministry said.",
        {"place": None},
        "Northland has expelled two",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a summary, widgets, then a colon dateline opening the text",
        " date 2025-07-02 26.5 C\nNorthport\nWednesday, July 2, 2025\nNo menu items!\n\n"
        "Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "Must Read\n\n- Advertisement -\n\n"
        "NORTHPORT: Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.\n\nThe ministry said it had summoned the envoy.",
        {"place": "NORTHPORT", "crawl_date": D(2025, 7, 2)},
        "Northland is expelling Southland diplomats",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a summary, an advertisement, then a known city's colon dateline",
        " date 2025-07-02 Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "Advertisement\n\n"
        "Nicosia: Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.",
        {"place": "Nicosia"},
        "Northland is expelling Southland diplomats",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a summary, a weather widget (temperature, city, date), then a colon dateline",
        " date 2025-07-02 Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "26.5 C\nPort Elena\nWednesday, July 2, 2025\n\n"
        "NORTHPORT: Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.",
        {"place": "NORTHPORT"},
        "Northland is expelling Southland diplomats",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a lead, a weather widget, then a paragraph with no dateline: the lead stays",
        " date 2025-07-02 Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "31°C\nPort Elena\n\n"
        "Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.",
        {"place": None},
        "The ministry said it had summoned",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a lead, an advertisement, then a paragraph with no dateline: the lead stays",
        " date 2025-07-02 Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "- Advertisement -\n\n"
        "Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.",
        {"place": None},
        "The ministry said it had summoned",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a lead, then a colon dateline with no widget between: the lead stays",
        " date 2025-07-02 Northland expels Southland diplomats\n\n"
        "The ministry said it had summoned the Southland envoy on Tuesday to protest.\n\n"
        "NORTHPORT: Northland is expelling Southland diplomats in a mirror response, the "
        "ministry said on Tuesday.",
        {"place": None},
        "The ministry said it had summoned",
        headline="Northland expels Southland diplomats",
    ),
    Case(
        "a headline about a paywall is the headline",
        " date 2025-05-06 Northport Daily drops its paywall\n\nThe Northport Daily "
        "will open all its articles to readers from Monday, its editor said.",
        {"place": None},
        "The Northport Daily will open",
        headline="Northport Daily drops its paywall",
    ),
    Case(
        "an agency, a date and a time on a line between the headline and the text",
        "Envoys sign port accord\n\nIANS, 11 Mar, 2021 03:25 AM\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {
            "place": None,
            "date": D(2021, 3, 11),
            "agency": "IANS",
            "bylines": (),
        },
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a staff credit and a month-first timestamp between the headline and the text",
        " date 2021-03-20 Envoys sign port accord\n\nEXA Bureau. Updated: 3/19/2021 "
        "2:15:07 PM Politics\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None, "date": D(2021, 3, 19), "agency": None, "bylines": ()},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a site-wide date and labels at the top give way to the credit line's date",
        "Thursday, December 25, 2025\n\nADVT\n\nInternational\n\nEnvoys sign port "
        "accord\n\nEXA Bureau. Updated: 3/19/2021 2:15:07 PM Politics\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None, "date": D(2021, 3, 19), "agency": None, "bylines": ()},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a credit line's date either way round in slashes gives no date",
        "Envoys sign port accord\n\nIANS, 03/04/2021 03:25 AM\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None, "date": None, "agency": "IANS"},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a writer's name and a timestamp is no staff credit",
        " date 2021-03-11 Envoys sign port accord\n\nDana Levi, 11 Mar, 2021 03:25 AM"
        "\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"date": None, "agency": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a known agency and a known place on a line of their own below the headline",
        "Envoys sign port accord\n\nIANS New Delhi\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": "New Delhi", "agency": "IANS", "date": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a known agency, a comma and a place in capitals, then its credit line's date",
        "Envoys sign port accord\n\nIANS, NORTHPORT\n\nIANS, 11 Mar, 2021 03:25 AM"
        "\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": "NORTHPORT", "agency": "IANS", "date": D(2021, 3, 11)},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a known agency and a name no table knows as a place give no place",
        " date 2021-03-11 Envoys sign port accord\n\nIANS Northport\n\nThe envoys of Northland and Southland signed the port accord in Northport on Friday, officials said.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a known place alone below the headline whose first word starts an agency's name",
        " date 2025-05-06 Envoys sign port accord\n\nKuwait City\n\nThe envoys of "
        "Northland and Southland signed the port accord in Northport on Friday.",
        {"place": "Kuwait City", "agency": None},
        "The envoys of Northland and Southland",
        headline="Envoys sign port accord",
    ),
    Case(
        "a place and a full date before a comma: `Rabat, August 21, 2023, `",
        " date 2023-08-21 Ministers review port accord\n\n"
        "Rabat, August 21, 2023, In a recent meeting, the two foreign ministers "
        "reviewed the port accord.",
        {"place": "Rabat", "date": D(2023, 8, 21), "agency": None},
        "In a recent meeting, the two foreign",
        headline="Ministers review port accord",
    ),
    Case(
        "a place, a full date, a comma and the outlet's name with a colon",
        " date 2024-01-29 Presidents discuss ties\n\n"
        "Northport, January 29, 2024, The Example Today: In an official meeting "
        "held in Northport, the two presidents discussed trade.",
        {
            "place": "Northport",
            "date": D(2024, 1, 29),
            "agency": "The Example Today",
        },
        "In an official meeting held in Northport",
        headline="Presidents discuss ties",
    ),
    Case(
        "a place and a date without its year before a comma is text",
        " date 2023-08-21 Ministers review port accord\n\n"
        "Rabat, August 21, In a recent meeting, the two foreign ministers "
        "reviewed the port accord.",
        {"place": None, "date": None},
        "Rabat, August 21, In a recent meeting",
        headline="Ministers review port accord",
    ),
    Case(
        "a place with its country, a weekday and a date in capitals: `APIA, SAMOA – WEDNESDAY 8 AUGUST 2018: `",
        " date 2018-08-08 Samoa weighs port loan\n\n"
        "APIA, SAMOA – WEDNESDAY 8 AUGUST 2018: The government will put the "
        "national interest first, the minister said.",
        {"place": "APIA, SAMOA", "date": D(2018, 8, 8)},
        "The government will put the national",
        headline="Samoa weighs port loan",
    ),
    Case(
        "a known place and a full date alone on their line, a byline with a stop above",
        " date 2017-04-06 Envoy visits the capital\n\nBy Dana Levi.\n"
        "Tunis, 6 April 2017:\nThe UN envoy was in the capital on Thursday for "
        "talks with the council.",
        {"place": "Tunis", "date": D(2017, 4, 6), "bylines": ("Dana Levi",)},
        "The UN envoy was in the capital on",
        headline="Envoy visits the capital",
    ),
    Case(
        "a place no table knows with a full date alone on its line is no dateline",
        " date 2017-04-06 Envoy visits the capital\n\n"
        "Northport, 6 April 2017:\nThe UN envoy was in the capital on Thursday for "
        "talks with the council.",
        {"place": None},
        "The UN envoy was in the capital on",
        headline="Envoy visits the capital",
    ),
    Case(
        "a weekday and a full date alone on a line is a stamp, not a dateline",
        " date 2017-04-06 Envoy visits the capital\n\n"
        "Thursday, 6 April 2017:\nThe UN envoy was in the capital on Thursday for "
        "talks with the council.",
        {"place": None, "date": None},
        "The UN envoy was in the capital on",
        headline="Envoy visits the capital",
    ),
    Case(
        "a known place and a known agency's tag alone on their line: `ABU DHABI (WAM)`",
        " date 2025-06-12 President congratulates counterpart\n\nABU DHABI (WAM)\n\n"
        "The President has sent a cable of congratulations to his counterpart.",
        {"place": "ABU DHABI", "agency": "WAM"},
        "The President has sent a cable",
        headline="President congratulates counterpart",
    ),
    Case(
        "a title with a tag no agency has alone on its line is no dateline",
        " date 2025-06-12 President congratulates counterpart\n\nSummit in Doha (Video)\n\n"
        "The President has sent a cable of congratulations to his counterpart.",
        {"place": None, "agency": None},
        "The President has sent a cable",
        headline="President congratulates counterpart",
    ),
    Case(
        "a byline label with the date after a bar: `Author : Dana Levi | Monday, ...`",
        " date 2016-02-22 Envoy visits the coast\n\n"
        "Author : Dana Levi | Monday, February 22, 2016\n\n"
        "The UN envoy visited the coastal city on Monday for talks.",
        {"bylines": ("Dana Levi",)},
        "The UN envoy visited the coastal city",
        headline="Envoy visits the coast",
    ),
    Case(
        "a summary above a staff credit with a comma left at its end",
        " date 2025-05-06 Northland condemns latest sanctions\n\n"
        "Northland's Foreign Ministry says new sanctions reveal a hostile policy.\n\n"
        "Example Staff ,\n\n"
        "Northland's Foreign Ministry on Saturday condemned the new sanctions.",
        {"bylines": (), "agency": None},
        "Northland's Foreign Ministry on Saturday",
        headline="Northland condemns latest sanctions",
    ),
    Case(
        "an agency's credit with its place after a bar: `By: AFP | Nairobi |`",
        " date 2025-05-06 Tuesday, May 06, 2025\nLevi speaks to Southland minister Roe\n\n"
        "The talks came as the two states prepare for the next round of talks.\n\n"
        "By: AFP | Nairobi |\nMay 6, 2025 5:50:06 pm\n\n"
        "Foreign Minister Dana Levi has spoken to Southland's minister Sam Roe.",
        {"agency": "AFP", "place": None, "bylines": ()},
        "Foreign Minister Dana Levi has spoken",
        headline="Levi speaks to Southland minister Roe",
    ),
    Case(
        "a caption above a photo credit alone, then a section and the title",
        " date 2025-05-06 Example Radio\nExample News\n\n"
        "Foreign Minister Dana Levi and Southland Vice President Sam Roe.\n\n"
        "Photo/Supplied\n\nPolitics\n\n"
        "Northland resets ties as Levi wraps up regional tour\n\n"
        "Northland is stepping up its diplomatic push in the region this year.",
        {"place": None},
        "Northland is stepping up its diplomatic",
        headline="Northland resets ties as Levi wraps up regional tour",
    ),
    Case(
        "a breadcrumb's title below the site's name replaces the name",
        " date 2025-05-06 Example Central (eC)\n\n"
        "Home » Foreign Ministers of Northland and Southland discuss the summit\n\n"
        "On 5 May 2025, the foreign ministers met in the capital to discuss it.",
        {"place": None},
        "On 5 May 2025, the foreign ministers",
        headline="Foreign Ministers of Northland and Southland discuss the summit",
    ),
    Case(
        "a breadcrumb's title cut short below the headline keeps the headline",
        " date 2025-05-06 Envoys agree on port deal in Northport after long talks\n\n"
        "Home > World > Envoys agree on port deal\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys agree on port deal in Northport after long talks",
    ),
    Case(
        "a short sentence opening the page above its stamp is the headline",
        " date 2025-05-06 Minister receives a letter from his Southland counterpart.\n\n"
        "6th May, 2025 8:16 AM | Written by |\n\n"
        "Foreign minister Dana Levi received a letter from his Southland "
        "counterpart on Monday, the ministry said.",
        {"place": None, "bylines": ()},
        "Foreign minister Dana Levi received a letter",
        headline="Minister receives a letter from his Southland counterpart.",
    ),
    Case(
        "a breadcrumb too long for a title's shape ends with the title below the site's name",
        " date 2025-05-06 Example Central (eC)\n\n"
        "Home » Foreign Ministers of Northland and Southland discuss preparations for "
        "the Consultative Meeting of the Heads of the Region's states\n\n"
        "On 5 May 2025, the foreign ministers met in the capital to discuss it.",
        {"place": None},
        "On 5 May 2025, the foreign ministers",
        headline="Foreign Ministers of Northland and Southland discuss preparations for "
        "the Consultative Meeting of the Heads of the Region's states",
    ),
    Case(
        "a comma before an outlet's tag with no date: `NORTHPORT, (EXA News) – `",
        " date 2025-05-06 Levi embarks on first state visit\n\n"
        "from DANA ROE in Northport, Example\n"
        "NORTHPORT, (EXA News) – President Dana Levi is embarking on his first "
        "state visit to Southland.",
        {"place": "NORTHPORT", "agency": "EXA News", "bylines": ("DANA ROE",)},
        "President Dana Levi is embarking",
        headline="Levi embarks on first state visit",
    ),
    Case(
        "a known city in capitals, its country and a short tag in capitals: `BEIJING, China (NBC) – `",
        " date 2025-05-06 BEIJING, China (NBC) – The Foreign Ministry said on "
        "Wednesday that trade talks would go on.",
        {"place": "BEIJING, China", "agency": "NBC"},
        "The Foreign Ministry said on Wednesday",
    ),
    Case(
        "a city no table knows, its country and a tag no agency has is text",
        " date 2025-05-06 NORTHPORT, Example (NBC) – The Foreign Ministry said on "
        "Wednesday that trade talks would go on.",
        {"place": None, "agency": None},
        "NORTHPORT, Example (NBC) – The Foreign",
    ),
    Case(
        "a summary right below the headline, then a known place in capitals and a dash",
        " date 2025-05-06 Levi, ministers embark on state visit to Northland\n"
        "The presidency says the visit is to strengthen relations between the two states.\n"
        "JOHANNESBURG - President Dana Levi will on Friday travel to Northport.",
        {"place": "JOHANNESBURG"},
        "President Dana Levi will on Friday",
        headline="Levi, ministers embark on state visit to Northland",
    ),
    Case(
        "a line of markup and a ticker of other stories with their dates are no headline",
        ' date 2025-05-06 <img height="1" width="1" src="https://example.com/t">\n'
        "Port traffic rebounds strongly - 1 day ago\n-\n"
        "Envoys meet on the border question - February 25, 2021\n"
        "Levi embarks on first state visit to Southland\n\n"
        "President Dana Levi is embarking on his first state visit to Southland.",
        {"place": None},
        "President Dana Levi is embarking",
        headline="Levi embarks on first state visit to Southland",
    ),
    Case(
        "a date with `of` between its day and month is the stamp: `Tuesday 16 of April 2024`",
        "The Example News\nTuesday 16 of April 2024\n\nSummit exposes spat on trade\n\n"
        "WASHINGTON – President Dana Levi took Southland to task over trade on Friday.",
        {"place": "WASHINGTON"},
        "President Dana Levi took Southland",
        headline="Summit exposes spat on trade",
    ),
    Case(
        "the headline said again with the body glued to it",
        " date 2025-05-06 VIDEO: President-Elect Levi Meets Roe at State House\n\n"
        "VIDEO: President-Elect Levi Meets Roe at State HousePresident-elect Dana Levi "
        "met the outgoing president at State House on Monday.",
        {"place": None},
        "President-elect Dana Levi met",
        headline="VIDEO: President-Elect Levi Meets Roe at State House",
    ),
    Case(
        "a release's title with its date after a dash, alone, is the headline",
        " date 2025-05-06 Daily press briefing by the Office of the Spokesperson - 6 May 2025\n\n"
        "The spokesperson said the talks would resume on Monday in the capital.",
        {"place": None},
        "The spokesperson said the talks",
        headline="Daily press briefing by the Office of the Spokesperson - 6 May 2025",
    ),
    Case(
        "a breadcrumb ending in a section's name in capitals keeps the headline",
        " date 2025-05-06 Envoys agree on port deal\n\n"
        "Home » World » Middle East and North Africa\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a line with a greater-than sign below the headline is no breadcrumb's title",
        " date 2025-05-06 Oil prices climb\n\nOil > $100 as Gulf tensions rise again today\n\n"
        "The envoys of Northland and Southland met on Monday to discuss oil.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Oil prices climb",
    ),
    Case(
        "a speaker's label after a place and full date is no outlet: `..., Secretary Levi: `",
        " date 2025-05-06 Secretary's remarks\n\n"
        "Washington, May 6, 2025, Secretary Levi: Good morning, everyone, and thank you.",
        {"place": None, "agency": None},
        "Washington, May 6, 2025, Secretary Levi",
    ),
    Case(
        "a place and a date of the past before a comma open a sentence, no dateline",
        " date 2025-05-06 Final Act anniversary\n\n"
        "Helsinki, August 1, 1975, Thirty-five states signed the Final Act.",
        {"place": None, "date": None},
        "Helsinki, August 1, 1975, Thirty-five",
        headline="Final Act anniversary",
    ),
    Case(
        "a lead paragraph, a blank line, then a place in capitals and a dash: the lead stays",
        " date 2025-05-06 Talks resume in Moscow\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.\n\n"
        "MOSCOW - The Kremlin said later that it welcomed the deal.",
        {"place": None},
        "The envoys of Northland and Southland agreed",
        headline="Talks resume in Moscow",
    ),
    Case(
        "a notice above the page's stamp is no headline",
        " date 2025-05-06 Follow us on Telegram for the latest updates.\n\nMay 6, 2025\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.",
        {"place": None},
        "The envoys of Northland and Southland",
    ),
    Case(
        "a place and date line above a title, no text right below it, is no dateline",
        " date 2025-05-06 Press release\nGeneva, 6 May 2025 -\n"
        "Ministers agree on port deal in Northport\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Ministers agree on port deal in Northport",
    ),
    Case(
        "a headline ending in capitals before a longer word is no glued headline",
        " date 2025-05-06 Minister meets head of the UN\n\n"
        "Minister meets head of the UNHCR in Geneva on Monday for talks on refugees.",
        {"place": None},
        "Minister meets head of the UNHCR",
        headline="Minister meets head of the UN",
    ),
    Case(
        "a broadcaster's name of several words after a known place: `MOSCOW (Public Radio of Example) — `",
        " date 2025-05-06 Ministers meet in Moscow\n\n"
        "MOSCOW (Public Radio of Example) — The foreign minister called the meeting sincere.",
        {"place": "MOSCOW", "agency": "Public Radio of Example"},
        "The foreign minister called the meeting",
        headline="Ministers meet in Moscow",
    ),
    Case(
        "words in brackets after capitals that name no place: `TALKS (Part One) – ` is text",
        " date 2025-05-06 Ministers meet in Moscow\n\n"
        "TALKS (Part One) – The two ministers met in Moscow on Monday.",
        {"place": None, "agency": None},
        "TALKS (Part One) – The two ministers",
        headline="Ministers meet in Moscow",
    ),
    Case(
        "a national agency of the second list's tag alone before the text: `(ATOP) – `",
        " date 2025-05-06 Minister receives envoy\n\n"
        "(ATOP) – The foreign minister received the new envoy on Monday in the capital.",
        {"place": None, "agency": "ATOP"},
        "The foreign minister received the new envoy",
        headline="Minister receives envoy",
    ),
    Case(
        "a national agency's credit by its name: `By Inforpress`",
        " date 2025-05-06 Minister receives envoy\n\nBy Inforpress\n\n"
        "The foreign minister received the new envoy on Monday in the capital.",
        {"place": None, "agency": "Inforpress", "bylines": ()},
        "The foreign minister received the new envoy",
        headline="Minister receives envoy",
    ),
    Case(
        "an outlet's name with a number in brackets after a known place: `ERBIL (Example 24) – `",
        " date 2025-05-06 Delegation visits Erbil\n\n"
        "ERBIL (Example 24) – A delegation from the federal government arrived on Monday.",
        {"place": "ERBIL", "agency": "Example 24"},
        "A delegation from the federal government",
        headline="Delegation visits Erbil",
    ),
    Case(
        "a city, its region and its state before a site's tag in capitals: `Erbil, Example Region, Iraq (GOV.EXA) - `",
        " date 2025-05-06 Delegation visits Erbil\n\n"
        "Erbil, Example Region, Iraq (GOV.EXA) - The prime minister met the team on Tuesday.",
        {"place": "Erbil, Example Region, Iraq", "agency": "GOV.EXA"},
        "The prime minister met the team",
        headline="Delegation visits Erbil",
    ),
    Case(
        "a known place in capitals in brackets before a double dash: `(BRUSSELS) -- `",
        " date 2025-05-06 Secretary visits the alliance\n\n"
        "(BRUSSELS) -- The secretary of state is visiting the alliance's headquarters.",
        {"place": "BRUSSELS", "agency": None},
        "The secretary of state is visiting",
        headline="Secretary visits the alliance",
    ),
    Case(
        "a word in capitals in brackets that names no place: `(UPDATED) -- ` is text",
        " date 2025-05-06 Secretary visits the alliance\n\n"
        "(UPDATED) -- The secretary of state is visiting the alliance's headquarters.",
        {"place": None, "agency": None},
        "(UPDATED) -- The secretary of state",
        headline="Secretary visits the alliance",
    ),
    Case(
        "a place and date alone on their line above a line of text that ends a sentence",
        " date 2025-05-06 Envoys agree on port deal\n\nGeneva, 6 May 2025 -\n"
        "Talks ended on Monday.\n\nThe envoys agreed to meet again in June.",
        {"place": "Geneva", "date": D(2025, 5, 6)},
        "Talks ended on Monday.",
        headline="Envoys agree on port deal",
    ),
    Case(
        "a place and full date before a comma, three weeks before the page, and a one-word outlet",
        " date 2025-05-27 Minister receives envoy\n\n"
        "Tashkent, May 6, 2025, ExampleDaily: The foreign minister received the new envoy.",
        {"place": "Tashkent", "date": D(2025, 5, 6), "agency": "ExampleDaily"},
        "The foreign minister received the new envoy",
        headline="Minister receives envoy",
    ),
    Case(
        "a headline ending in a number said again with the body glued to it",
        " date 2025-05-06 Leaders gather in Northport for the G20\n\n"
        "Leaders gather in Northport for the G20The leaders of twenty states met on Monday.",
        {"place": None},
        "The leaders of twenty states met",
        headline="Leaders gather in Northport for the G20",
    ),
    Case(
        "a breadcrumb from the site's name, two marks, ends with the title",
        " date 2025-05-06 Northland Times\n\n"
        "Northland Times › World › Envoys agree on port deal in Northport\n\n"
        "The envoys of Northland and Southland agreed on the port deal on Monday.",
        {"place": None},
        "The envoys of Northland and Southland",
        headline="Envoys agree on port deal in Northport",
    ),
    Case(
        "a count or a live page's label in brackets after a known place is no agency",
        " date 2025-05-06 Envoys agree on port deal\n\n"
        "WASHINGTON (Day 3) – The foreign ministers met on Monday to discuss the deal.",
        {"place": None, "agency": None},
        "WASHINGTON (Day 3) – The foreign",
        headline="Envoys agree on port deal",
    ),
]
