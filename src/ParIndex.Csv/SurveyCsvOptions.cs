using System;
using ParIndex.Geography;

namespace ParIndex.Csv;

/// <summary>How <see cref="SurveyCsv"/> reads a file of survey answers.</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class SurveyCsvOptions
{
    /// <summary>Gets the defaults: comma-separated, provinces of the 63-unit list, the year read from a <c>year</c> column.</summary>
    public static SurveyCsvOptions Default { get; } = new();

    /// <summary>Gets the list province codes and names belong to; <see cref="ProvinceList.Units63"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ProvinceList Provinces
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Provinces));
    } = ProvinceList.Units63;

    /// <summary>Gets the field separator, an ASCII character; ',' by default.</summary>
    /// <exception cref="ArgumentException">The value set is not ASCII, or is a quote or a line break.</exception>
    public char Separator
    {
        get;
        init => field = value is > '\0' and < '\u0080' and not ('"' or '\r' or '\n') ? value : throw new ArgumentException("The separator must be an ASCII character other than a quote or a line break.", nameof(Separator));
    } = ',';

    /// <summary>Gets the survey year of every row when the file has no <c>year</c> column; <see langword="null"/> (the
    /// default) to require the column.</summary>
    public int? Year { get; init; }
}
