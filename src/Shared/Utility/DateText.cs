using System.Globalization;

namespace ParIndex.Utility;

/// <summary>Why a text is not a date, in one set of words for every reader (a completion date, a reported_on cell, the
/// tool's --as-of): a day the month does not have ("2023-02-29") is said to be so, not to be of another shape than 2022-06-30,
/// which it is.</summary>
/// <remarks>Compiled into the core, ParIndex.Csv, ParIndex.Excel and the tool (linked source): none of them can reach
/// another's internals.</remarks>
internal static class DateText
{
    /// <summary>Why a text written as an ISO date (yyyy-MM-dd) is none: a month 0 or past 12, a day 0 or past the month's last;
    /// <see langword="null"/> when the text is not of that shape or is a date.</summary>
    internal static string? Impossible(string text) =>
        Why(text) is { } why ? FormattableString.Invariant($"{CellText.Quote(text)} is not a date: {why}") : null;

    /// <summary>What is wrong with a text of a date's shape, yyyy-MM-dd (or d/M/yyyy when <paramref name="dayFirst"/>):
    /// "February 2023 has 28 days, no day 29", "there is no month 13", "there is no day 0"; <see langword="null"/> when it is not of that
    /// shape or is a date.</summary>
    internal static string? Why(string text, bool dayFirst = false)
    {
        var parts = text.Trim().Split(dayFirst ? '/' : '-');
        if (dayFirst && parts is [var dd, var mm, var yyyy])
        {
            parts = [yyyy, mm, dd];
        }
        if (parts is [{ Length: 4 } y, { Length: >= 1 and <= 2 } m, { Length: >= 1 and <= 2 } d] && (dayFirst || (m.Length == 2 && d.Length == 2))
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            if (month is < 1 or > 12)
            {
                return FormattableString.Invariant($"there is no month {month}");
            }
            if (day == 0)
            {
                return "there is no day 0";
            }
            var days = DateTime.DaysInMonth(year, month);
            if (day > days)
            {
                var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
                return FormattableString.Invariant($"{name} {year} has {days} days, no day {day}");
            }
        }
        return null;
    }

    /// <summary>Why a text is not a date: <see cref="Impossible"/>, or not of the shape of <paramref name="example"/>.</summary>
    internal static string NotADate(string text, string example) => Impossible(text) ?? $"{CellText.Quote(text)} is not a date such as {example}";
}
