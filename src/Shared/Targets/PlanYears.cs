namespace ParIndex.Targets;

/// <summary>The years a reform plan, its phases and deadlines, and a value reported for it may name.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv and ParIndex.Excel (linked source), so that the readers refuse a year
/// at its own cell by the range <see cref="ReportedValue"/> checks, held here once.</remarks>
internal static class PlanYears
{
    /// <summary>The first year: 1945, the year the state that issues the plans was founded.</summary>
    internal const int First = 1945;

    /// <summary>The last year: 9999, the last with four digits.</summary>
    internal const int Last = 9999;
}
