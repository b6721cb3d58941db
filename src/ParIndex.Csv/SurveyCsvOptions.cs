using ParIndex.Geography;

namespace ParIndex.Csv;

/// <summary>How <see cref="SurveyCsv"/> reads a file of survey answers.</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class SurveyCsvOptions
{
    /// <summary>Gets the defaults: the file's separator, encoding and decimal mark found from it, provinces of the 63-unit list, the year read from a <c>year</c> column.</summary>
    public static SurveyCsvOptions Default { get; } = new();

    /// <summary>Gets the list province codes and names belong to; <see cref="ProvinceList.Units63"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ProvinceList Provinces
    {
        get;
        init => field = Arguments.CheckNotNull(value, nameof(Provinces));
    } = ProvinceList.Units63;

    /// <summary>Gets how the file is written (separator, encoding, decimal mark); <see cref="CsvOptions.Default"/>
    /// (found from the file) by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CsvOptions Csv
    {
        get;
        init => field = Arguments.CheckNotNull(value, nameof(Csv));
    } = CsvOptions.Default;

    /// <summary>Gets the survey year: the year of every row when the file has no <c>year</c> column, and when it has one a
    /// row of another year is reported (<see cref="DiagnosticKind.WrongYear"/>) and rejected; <see langword="null"/>
    /// (the default) to require the column and take every row's year.</summary>
    public int? Year { get; init; }
}
