using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Analysis;

/// <summary>One unit's rank and index before and after a what-if change (thay đổi thứ hạng).</summary>
/// <remarks>A unit only in one of the rankings has <see langword="null"/> on the other side. Immutable.</remarks>
public sealed class RankShift
{
    internal RankShift(AssessedUnit unit, int? rankBefore, int? rankAfter, decimal? indexBefore, decimal? indexAfter)
    {
        Unit = unit;
        RankBefore = rankBefore;
        RankAfter = rankAfter;
        IndexBefore = indexBefore;
        IndexAfter = indexAfter;
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the rank before the change, if ranked.</summary>
    public int? RankBefore { get; }

    /// <summary>Gets the rank after the change, if ranked.</summary>
    public int? RankAfter { get; }

    /// <summary>Gets the ranked value (index) before the change, exact.</summary>
    public decimal? IndexBefore { get; }

    /// <summary>Gets the ranked value (index) after the change, exact.</summary>
    public decimal? IndexAfter { get; }

    /// <summary>Gets the places gained (positive: up the table): rank before − rank after; null unless ranked in both.</summary>
    public int? Shift => RankBefore is { } before && RankAfter is { } after ? before - after : null;

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Unit.Code} {Unit.Name}: {RankBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} → {RankAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}")
        + (Shift is { } shift and not 0 ? Invariant.Format($" ({(shift > 0 ? "+" : string.Empty)}{shift})") : string.Empty);
}
