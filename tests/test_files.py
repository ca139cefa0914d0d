import contextlib
import errno
import fcntl
import os
import socket
import stat
import threading

from pathlib import Path

import pytest

import relwatch

from relwatch import _files
from relwatch._cli import main
from relwatch._files import output


PAGE = (
    " date 2025-04-04 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, April 4 "
    "(KUNA) -- The foreign minister received the visiting envoy on Friday.\n"
)
STALE = ".out.jsonl.relwatch-0123abcd.tmp"


@pytest.fixture(name="umask", params=[0o022, 0o027, 0o002], ids=oct)
def _umask(request):
    """
    Run a test under each of the usual umasks.
    """
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@contextlib.contextmanager
def _held(path):
    """
    A temporary file that a live run is writing: open and locked.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        os.close(fd)


def _page(folder):
    page = folder / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    return str(page)


def _write_parse(page, out):
    assert 0 == main(["parse", page, "-o", str(out)])


def _write_convert(page, out):
    lines = out.with_name("in.jsonl")
    _write_parse(page, lines)
    assert 0 == main(["convert", str(lines), "-o", str(out)])


def _write_parquet(page, out):
    from relwatch.interop.arrow import write_parquet

    write_parquet([relwatch.parse_article(PAGE)], out)


WRITERS = {
    "parse -o x.jsonl": (_write_parse, "x.jsonl"),
    "convert -o x.json": (_write_convert, "x.json"),
    "write_parquet": (_write_parquet, "x.parquet"),
}


class TestModes:
    @pytest.mark.parametrize("writer", sorted(WRITERS))
    def test_new_file_gets_the_umask(self, writer, umask, tmp_path):
        """
        A new output file gets 0o666 less the umask, from every writer.
        """
        write, name = WRITERS[writer]
        out = tmp_path / name

        write(_page(tmp_path), out)

        assert 0o666 & ~umask == _mode(out)

    @pytest.mark.parametrize("writer", sorted(WRITERS))
    @pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o755], ids=oct)
    def test_replaced_file_keeps_its_mode(self, writer, mode, tmp_path):
        """
        Replacing a file keeps its mode, whatever the umask would give.
        """
        write, name = WRITERS[writer]
        out = tmp_path / name
        out.write_bytes(b"old")
        out.chmod(mode)

        write(_page(tmp_path), out)

        assert (mode, False) == (_mode(out), out.read_bytes() == b"old")


class TestWhereOutputGoes:
    def test_regular_file_replaced_only_when_complete(self, tmp_path):
        """
        A failure inside the block leaves the old file and no temporary one.
        """
        out = tmp_path / "out.jsonl"
        out.write_text("old\n", encoding="utf-8")

        def fail_halfway():
            with output(out) as f:
                f.write("half")
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail_halfway()

        assert ("old\n", []) == (
            out.read_text(encoding="utf-8"),
            _leftovers(tmp_path),
        )

    def test_symlink_written_through(self, tmp_path):
        """
        A symlinked output writes the file it points to; the link stays.
        """
        real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
        real.write_text("old\n", encoding="utf-8")
        link.symlink_to(real.name)

        with output(link) as f:
            f.write("new\n")

        assert (True, "new\n") == (
            link.is_symlink(),
            real.read_text(encoding="utf-8"),
        )

    def test_dangling_symlink_creates_its_target(self, tmp_path):
        """
        A symlink to a file that does not exist yet creates that file.
        """
        link = tmp_path / "link.jsonl"
        link.symlink_to("real.jsonl")

        with output(link, binary=True) as f:
            f.write(b"new\n")

        assert (True, b"new\n") == (
            link.is_symlink(),
            (tmp_path / "real.jsonl").read_bytes(),
        )

    def test_character_device_written_straight(self, tmp_path):
        """
        A link to /dev/null writes to the device: no file replaces it.
        """
        link = tmp_path / "null"
        link.symlink_to("/dev/null")

        with output(link) as f:
            f.write("discarded\n")

        assert (True, True, []) == (
            link.is_symlink(),
            stat.S_ISCHR(Path("/dev/null").stat().st_mode),
            _leftovers(tmp_path),
        )

    def test_fifo_written_straight(self, tmp_path):
        """
        A named pipe is written to, and is still a pipe afterwards.
        """
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(
            target=lambda: received.append(fifo.read_bytes()), daemon=True
        )
        reader.start()

        with output(fifo) as f:
            f.write("through the pipe\n")
        reader.join(timeout=5)

        assert ([b"through the pipe\n"], True) == (
            received,
            stat.S_ISFIFO(fifo.stat().st_mode),
        )

    @pytest.mark.parametrize(
        "name", ["/dev/fd/{fd}", "/proc/self/fd/{fd}", "{link}"]
    )
    def test_descriptor_names_write_to_the_descriptor(self, name, tmp_path):
        """
        /dev/fd/N, /proc/self/fd/N and links to them (as /dev/stdout is)
        write to descriptor N, appending where it appends.
        """
        log = tmp_path / "log.jsonl"
        log.write_text("earlier\n", encoding="utf-8")
        link = tmp_path / "stdout"
        with log.open("a", encoding="utf-8") as appending:
            fd = appending.fileno()
            link.symlink_to(f"/proc/self/fd/{fd}")

            with output(name.format(fd=fd, link=link)) as f:
                f.write("later\n")

        assert ("earlier\nlater\n", True) == (
            log.read_text(encoding="utf-8"),
            link.is_symlink(),
        )

    def test_folder_refused(self, tmp_path):
        """
        A folder is refused, and left as it was.
        """
        folder = tmp_path / "folder"
        folder.mkdir()

        with pytest.raises(IsADirectoryError, match="is a folder"):
            output(folder).__enter__()

        assert ([], []) == (list(folder.iterdir()), _leftovers(tmp_path))

    def test_socket_refused(self, tmp_path):
        """
        Kinds of file that output has no business in are refused.
        """
        path = tmp_path / "s"
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))

            with pytest.raises(OSError, match="not a file"):
                output(path).__enter__()

    def test_symlink_loop_refused(self, tmp_path):
        """
        A loop of symlinks is an OSError, not a hang.
        """
        (tmp_path / "a").symlink_to("b")
        (tmp_path / "b").symlink_to("a")

        with pytest.raises(OSError, match="symbolic links") as e:
            output(tmp_path / "a").__enter__()

        assert errno.ELOOP == e.value.errno


class TestStaleTemporaries:
    def test_named_for_what_they_are(self, tmp_path):
        """
        While a run writes, its temporary file says whose it is and for
        which output.
        """
        with output(tmp_path / "out.jsonl"):
            names = _leftovers(tmp_path)

        assert [True] == [n.startswith(".out.jsonl.relwatch-") for n in names]

    def test_killed_run_cleaned_up(self, tmp_path):
        """
        A temporary file that no run holds is removed by the next run to
        the same output.
        """
        (tmp_path / STALE).write_text("half", encoding="utf-8")

        with output(tmp_path / "out.jsonl") as f:
            f.write("whole\n")

        assert [] == _leftovers(tmp_path)

    @pytest.mark.parametrize(
        "name",
        [
            ".out.jsonl.relwatch-0123.tmp",
            ".out.jsonl.relwatch-0123ABCD.tmp",
            ".out.jsonl.other-0123abcd.tmp",
            ".other.jsonl.relwatch-0123abcd.tmp",
            ".out.jsonl.0123abcd.tmp",
        ],
    )
    def test_other_files_left_alone(self, name, tmp_path):
        """
        Files not named as relwatch names its temporary files for this
        output are never removed.
        """
        (tmp_path / name).write_text("someone's", encoding="utf-8")

        with output(tmp_path / "out.jsonl"):
            pass

        assert [name] == _leftovers(tmp_path)

    def test_live_run_left_alone(self, tmp_path):
        """
        A temporary file that a running writer holds is not touched.
        """
        with _held(tmp_path / STALE):
            with output(tmp_path / "out.jsonl"):
                pass
            left = _leftovers(tmp_path)

        assert [STALE] == left

    def test_links_and_pipes_left_alone(self, tmp_path):
        """
        Only regular files are removed, never what a link points to.
        """
        victim = tmp_path / "victim"
        victim.write_text("keep", encoding="utf-8")
        (tmp_path / STALE).symlink_to(victim)
        os.mkfifo(tmp_path / STALE.replace("0123abcd", "4567cdef"))

        with output(tmp_path / "out.jsonl"):
            pass

        assert 2 == len(_leftovers(tmp_path))
        assert "keep" == victim.read_text(encoding="utf-8")

    @pytest.mark.skipif(os.geteuid() != 0, reason="chown needs root")
    def test_other_users_files_left_alone(self, tmp_path):
        """
        Another user's temporary file is theirs to clean up.
        """
        (tmp_path / STALE).write_text("theirs", encoding="utf-8")
        os.chown(tmp_path / STALE, 12345, 12345)

        with output(tmp_path / "out.jsonl"):
            pass

        assert [STALE] == _leftovers(tmp_path)

    def test_unlistable_folder(self, tmp_path, monkeypatch):
        """
        A folder that cannot be listed is written without cleaning up.
        """

        def refuse(self):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(Path, "iterdir", refuse)

        with output(tmp_path / "out.jsonl") as f:
            f.write("whole\n")

        assert "whole\n" == (tmp_path / "out.jsonl").read_text("utf-8")

    def test_name_taken(self, tmp_path, monkeypatch):
        """
        A temporary name already in use is passed over for another.
        """
        tokens = iter(["0123abcd", "0123abcd", "89abcdef"])
        monkeypatch.setattr(
            _files.secrets, "token_hex", lambda n: next(tokens)
        )

        with _held(tmp_path / STALE), output(tmp_path / "out.jsonl"):
            names = _leftovers(tmp_path)

        assert [STALE, ".out.jsonl.relwatch-89abcdef.tmp"] == names

    def test_removed_before_locked(self, tmp_path, monkeypatch):
        """
        A temporary file that another run's cleanup removed before it could
        be locked is replaced by a new one.
        """
        real_flock = fcntl.flock
        raced = []

        def cleanup_first(fd, operation):
            if not raced:
                raced.append(True)
                for name in _leftovers(tmp_path):
                    (tmp_path / name).unlink()
            real_flock(fd, operation)

        monkeypatch.setattr(_files.fcntl, "flock", cleanup_first)

        with output(tmp_path / "out.jsonl") as f:
            f.write("whole\n")

        assert ([True], [], "whole\n") == (
            raced,
            _leftovers(tmp_path),
            (tmp_path / "out.jsonl").read_text("utf-8"),
        )
