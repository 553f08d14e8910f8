"""Chart a benefit standard by year across reports, one line per region and scope.

Amounts are shown per month: a yearly standard is divided by 12 and a quarterly one by 3;
one-off amounts and amounts without a period or year are left out. Needs matplotlib
(``pip install 'minzheng[plot]'``).

    python examples/chart_standards.py [FILE_OR_DIR ...] [--category 低保] [--out standards.png]
"""

from __future__ import annotations

import logging
import sys
import warnings
from collections import defaultdict
from collections.abc import MutableMapping
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from _corpus import corpus_parser, read_reports, run

import minzheng

# Fonts with Chinese glyphs, in order of preference; the first one installed is used.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
)




# File names of such fonts, for fonts installed after matplotlib cached its font list.
CJK_FILES = ("cjk", "wqy", "droidsansfallback", "sourcehansans", "notosanssc", "uming", "simhei", "msyh")


def use_a_chinese_font(font_manager: ModuleType, rc: MutableMapping[str, object]) -> bool:
    """Point matplotlib at an installed CJK font; False when there is none."""
    manager = font_manager.fontManager
    installed = {font.name for font in manager.ttflist}
    if not installed.intersection(CJK_FONTS):
        for path in font_manager.findSystemFonts():
            if any(part in Path(path).name.lower().replace("-", "") for part in CJK_FILES):
                manager.addfont(path)
        installed = {font.name for font in manager.ttflist}
    chosen = [name for name in CJK_FONTS if name in installed]
    if chosen:
        rc["font.sans-serif"] = [*chosen, "DejaVu Sans"]
    return bool(chosen)


def series(
    reports: minzheng.ReportSet, category: str
) -> dict[str, list[tuple[int, Decimal]]]:
    """Monthly amounts by year for each region and scope of one category (``ReportSet.timeline``)."""
    lines: defaultdict[str, dict[int, Decimal]] = defaultdict(dict)
    for row in reports.timeline(category):
        label = f"{row['region']} ({row['scope']})" if row["scope"] else str(row["region"])
        year, per_month = row["year"], row["per_month"]
        if isinstance(year, int) and isinstance(per_month, Decimal):  # always, in a timeline row
            lines[label][year] = per_month
    return {label: sorted(points.items()) for label, points in sorted(lines.items())}


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--category", default="低保", help="standard category key (default: 低保)")
    parser.add_argument("-o", "--out", default="standards.png", help="PNG file to write")
    args = parser.parse_args(argv)

    try:
        import matplotlib as mpl  # noqa: PLC0415 (optional: checked before any work)
    except ImportError:
        sys.exit("chart_standards.py needs matplotlib: pip install 'minzheng[plot]'")
    mpl.use("Agg")  # files only, no window
    from matplotlib import font_manager  # noqa: PLC0415
    from matplotlib import pyplot as plt  # noqa: PLC0415

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # weight fallbacks are fine
    if not use_a_chinese_font(font_manager, mpl.rcParams):
        print("no Chinese font found: Chinese labels may show as boxes", file=sys.stderr)
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")

    reports = read_reports(args)
    lines = series(reports, args.category)

    figure, axes = plt.subplots(figsize=(9, 5), layout="constrained")
    for label, points in lines.items():
        years = [year for year, _ in points]
        amounts = [float(amount) for _, amount in points]  # floats for drawing only
        axes.plot(years, amounts, marker="o", label=label)
    if lines:
        axes.legend(fontsize="small")
        axes.xaxis.get_major_locator().set_params(integer=True)
    else:
        axes.text(0.5, 0.5, f"no {args.category} standards with a year", ha="center",
                  transform=axes.transAxes)
    axes.set_title(f"{args.category}: yuan per month, {len(reports)} reports")
    axes.set_xlabel("year")
    axes.set_ylabel("yuan per month")
    axes.grid(visible=True, alpha=0.3)
    figure.savefig(args.out, dpi=120)
    plt.close(figure)
    print(f"wrote {args.out}: {sum(len(p) for p in lines.values())} points in {len(lines)} lines")
    return 0


if __name__ == "__main__":
    run(main)
