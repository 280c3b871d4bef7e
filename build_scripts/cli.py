"""Command line: `python -m build_scripts extract PATH...`, `render --out DIR` and `publish`.

Domain errors are printed as one line on stderr with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .errors import ExplainerError

__all__ = ["main", "parser"]


def _extract(args) -> int:
    from .pipeline import build_from_files
    from .site.serialize import to_json

    progress = lambda line: print(line, file=sys.stderr, flush=True)
    if args.verbose:  # the linker's reasons for joining two spellings of one party, on stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logging.getLogger("build_scripts").addHandler(handler)
        logging.getLogger("build_scripts").setLevel(logging.INFO)
    sys.stdout.write(to_json(build_from_files([Path(p) for p in args.paths], progress)))
    return 0


def _render(args) -> int:
    from .pipeline import build_explainer
    from .site.feed import FeedSettings, atom_feed
    from .site.render import build_date, render_site, write_pages
    from .site.serialize import to_json

    explainer = build_explainer(Path(args.seeds))
    for note in explainer.notes:
        print(f"warning: {note}", file=sys.stderr)
    out = Path(args.out)
    write_pages(render_site(explainer), out)
    (out / "explainer.json").write_text(to_json(explainer), encoding="utf-8")
    (out / "feed.xml").write_text(atom_feed(explainer, FeedSettings(), build_date()), encoding="utf-8")
    print(f"wrote {len(list(out.rglob('*.md')))} pages to {out}", file=sys.stderr)
    return 0


def _publish(args) -> int:
    from .site.publish import publish, site_dir_of

    config_file = Path(args.config_file).resolve()
    if not config_file.is_file():
        raise ExplainerError("no such MkDocs configuration file", config_file)
    site = Path(args.site_dir).resolve() if args.site_dir else site_dir_of(config_file)
    return publish(config_file, site, args.mkdocs_args)


def _timex(args) -> int:
    from .extract.timex.tempeval import timex_predictions

    for line in timex_predictions(Path(args.gold)):
        sys.stdout.write(line + "\n")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m build_scripts", description="Build a news explainer from articles.")
    sub = p.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="print the explainer JSON for articles (files or folders)")
    extract.add_argument("paths", nargs="+")
    extract.add_argument("-v", "--verbose", action="store_true", help="say why spellings were linked, on stderr")
    extract.set_defaults(run=_extract)
    render = sub.add_parser("render", help="write the Markdown pages for a seeds folder")
    render.add_argument("--out", required=True)
    render.add_argument("--seeds", default="seeds")
    render.set_defaults(run=_render)
    publish = sub.add_parser("publish", help="mkdocs build --strict into a fresh folder, swapped in only on success")
    publish.add_argument("-f", "--config-file", default="mkdocs.yml")
    publish.add_argument("-d", "--site-dir", help="where the site goes (default: site_dir of the configuration)")
    publish.add_argument("mkdocs_args", nargs="*", help="more options for mkdocs build, after --")
    publish.set_defaults(run=_publish)
    timex = sub.add_parser("timex", help="temporal expressions of TempEval-style JSONL documents (id, dct, text)")
    timex.add_argument("gold")
    timex.set_defaults(run=_timex)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ExplainerError as exc:
        print(f"error: {exc.describe()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
