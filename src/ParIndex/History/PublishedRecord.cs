using ParIndex.Data;
using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>
/// The published provincial PAR Index and SIPAS record (2012–2024) embedded in the package: values and ranks of the
/// 63 provinces as found in the Ministry's announcements, newspapers and provincial portals, with a source on every
/// row; published area values; national and regional averages and group counts (kết quả công bố).
/// </summary>
/// <remarks>
/// <para>Partial: no year has all 63 rows (see <see cref="YearResults.Missing"/>). Nothing is estimated; conflicts between sources
/// and the choices made are listed in the README. Data/par-index-provinces.csv, sipas-provinces.csv,
/// par-index-components.csv and published-aggregates.csv. Thread-safe.</para>
/// </remarks>
public static class PublishedRecord
{
    private static readonly Lazy<ImmutableArray<PublishedResult>> s_par = new(() => LoadResults(PublishedIndex.Par, "par-index-provinces.csv"));
    private static readonly Lazy<ImmutableArray<PublishedResult>> s_sipas = new(() => LoadResults(PublishedIndex.Sipas, "sipas-provinces.csv"));
    private static readonly Lazy<ImmutableArray<PublishedComponent>> s_components = new(LoadComponents);
    private static readonly Lazy<ImmutableArray<PublishedAggregate>> s_aggregates = new(LoadAggregates);
    private static readonly Lazy<ImmutableArray<MinistryResult>> s_ministries = new(LoadMinistries);
    private static readonly Lazy<ImmutableArray<RecordConflict>> s_conflicts = new(LoadConflicts);

    /// <summary>Gets every embedded component (an area's published result, chỉ số thành phần), by year, province and
    /// file order.</summary>
    public static ImmutableArray<PublishedComponent> Components => s_components.Value;

    /// <summary>Gets every embedded aggregate (averages and group counts).</summary>
    public static ImmutableArray<PublishedAggregate> Aggregates => s_aggregates.Value;

    /// <summary>Gets the published results of ministries found so far (first and last places, a few more), newest
    /// year first, each with its source; no year is complete.</summary>
    public static ImmutableArray<MinistryResult> Ministries => s_ministries.Value;

    /// <summary>Gets the rows on which sources disagree: the reading kept (or none), the other reading, both sources and
    /// the choice made; by index, year (latest first) and province code. <c>parindex validate</c> lists them as notes.</summary>
    public static ImmutableArray<RecordConflict> Conflicts => s_conflicts.Value;

    /// <summary>Gets every embedded row of an index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The rows, by year (latest first), then as in <see cref="YearResults.Rows"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not defined.</exception>
    public static ImmutableArray<PublishedResult> All(PublishedIndex index) => index switch
    {
        PublishedIndex.Par => s_par.Value,
        PublishedIndex.Sipas => s_sipas.Value,
        _ => throw new ArgumentProblem(nameof(index), "Unknown index.", index).ToException(),
    };

    /// <summary>Gets the years with at least one row.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The years, ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not defined.</exception>
    public static ImmutableArray<int> Years(PublishedIndex index) => [.. All(index).Select(r => r.Year).Distinct().Order()];

    /// <summary>Gets one year's rows and their coverage.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The rows (none for a year without data) and the coverage of the 63 units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not defined.</exception>
    public static YearResults Results(PublishedIndex index, int year)
    {
        ImmutableArray<PublishedResult> rows = [.. All(index).Where(r => r.Year == year)];
        return new YearResults(index, year, rows, ProvinceList.Units63);
    }

    /// <summary>Gets a province's rows over the years.</summary>
    /// <param name="index">The index.</param>
    /// <param name="province">A unit of the 63 list (for a unit of the 34 list use <see cref="ConstituentResults"/>).</param>
    /// <returns>The rows, by year ascending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not of the 63 list.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not defined.</exception>
    public static ImmutableArray<PublishedResult> Series(PublishedIndex index, Province province)
    {
        Preconditions.CheckNotNull(province, nameof(province));
        Preconditions.CheckArgument(province.List == ProvinceListId.Units63, nameof(province),
            "The record up to 2024 ranks the 63 units; for a unit of the 34 list use ConstituentResults.");
        return [.. All(index).Where(r => r.Province.Equals(province)).OrderBy(r => r.Year)];
    }

    /// <summary>Gets, for a unit of the 34 list, the published row of each of its constituents in a year.</summary>
    /// <param name="index">The index.</param>
    /// <param name="successor">A unit of the 34 list.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>One entry per constituent, in old-code order: the merger link (the constituent, the new unit, and whether the
    /// constituent gave the name or holds the seat) and the constituent's published row, null where none is embedded. No
    /// aggregate over the constituents is offered: there is no official rule for weighting one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="successor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="successor"/> is not of the 34 list.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not defined.</exception>
    public static ImmutableArray<(MergerLink Link, PublishedResult? Result)> ConstituentResults(PublishedIndex index, Province successor, int year)
    {
        var rows = All(index);
        return [.. MergerLink.Into(successor)
            .Select(link => (link, rows.FirstOrDefault(r => r.Year == year && r.Province.Equals(link.Old))))];
    }

    /// <summary>Gets the national average of a year, when published.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The average, or <see langword="null"/> when none is embedded.</returns>
    public static PublishedAggregate? NationalAverage(PublishedIndex index, int year) =>
        Aggregates.FirstOrDefault(a => a.PublishedIndex == index && a.Year == year && a.Measure == AggregateMeasure.Average && a.Region is null);

    /// <summary>Gets a region's average of a year, when published.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="region">The region.</param>
    /// <returns>The average, or <see langword="null"/> when none is embedded.</returns>
    public static PublishedAggregate? RegionalAverage(PublishedIndex index, int year, Region region) =>
        Aggregates.FirstOrDefault(a => a.PublishedIndex == index && a.Year == year && a.Measure == AggregateMeasure.Average && a.Region == region);

    private static ImmutableArray<PublishedResult> LoadResults(PublishedIndex index, string file)
    {
        var csv = EmbeddedData.ReadCsv(file);
        var rows = new List<PublishedResult>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            rows.Add(new PublishedResult(index, csv.GetInt(row, "year")!.Value, ProvinceByName(file, csv.Get(row, "province")),
                csv.GetDecimal(row, "value_percent"), csv.GetInt(row, "rank"), csv.Get(row, "source_url")));
        }
        return [.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Rank ?? int.MaxValue).ThenByDescending(r => r.Value).ThenBy(r => r.Province.Code, StringComparer.Ordinal)];
    }

    private static ImmutableArray<PublishedComponent> LoadComponents()
    {
        const string file = "par-index-components.csv";
        var csv = EmbeddedData.ReadCsv(file);
        var rows = new List<PublishedComponent>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            rows.Add(new PublishedComponent(csv.GetInt(row, "year")!.Value, ProvinceByName(file, csv.Get(row, "province")),
                csv.Get(row, "area"), csv.GetDecimal(row, "value")!.Value, csv.Get(row, "source_url")));
        }
        return [.. rows.OrderBy(r => r.Year).ThenBy(r => r.Province.Code, StringComparer.Ordinal)];
    }

    private static ImmutableArray<MinistryResult> LoadMinistries()
    {
        var csv = EmbeddedData.ReadCsv("par-index-ministries.csv");
        var rows = new List<MinistryResult>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            rows.Add(new MinistryResult { Year = csv.GetInt(row, "year")!.Value, Ministry = csv.Get(row, "ministry"), Value = csv.GetDecimal(row, "value_percent"), Rank = csv.GetInt(row, "rank"), Source = csv.Get(row, "source") });
        }
        return [.. rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.Value)];
    }

    private static ImmutableArray<PublishedAggregate> LoadAggregates()
    {
        const string file = "published-aggregates.csv";
        var csv = EmbeddedData.ReadCsv(file);
        var rows = ImmutableArray.CreateBuilder<PublishedAggregate>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            var index = csv.Get(row, "index") == "sipas" ? PublishedIndex.Sipas : PublishedIndex.Par;
            var scope = csv.Get(row, "scope");
            var measure = csv.Get(row, "measure") == "group_count" ? AggregateMeasure.GroupCount : AggregateMeasure.Average;
            Region? region = measure == AggregateMeasure.Average && scope != "national" ? ProvinceList.ParseRegion(csv, row, "scope") : null;
            rows.Add(new PublishedAggregate(index, csv.GetInt(row, "year")!.Value, measure, region, measure == AggregateMeasure.GroupCount ? scope : null,
                csv.GetDecimal(row, "value")!.Value, csv.Get(row, "source")));
        }
        return rows.MoveToImmutable();
    }

    private static ImmutableArray<RecordConflict> LoadConflicts()
    {
        const string file = "record-conflicts.csv";
        var csv = EmbeddedData.ReadCsv(file);
        var rows = new List<RecordConflict>(csv.Count);
        for (var row = 0; row < csv.Count; row++)
        {
            var index = csv.Get(row, "index") switch
            {
                "par" => PublishedIndex.Par,
                "sipas" => PublishedIndex.Sipas,
                var other => throw csv.Invalid(row, "index", "the index must be par or sipas", other),
            };
            var year = csv.GetInt(row, "year")!.Value;
            var province = ProvinceByName(file, csv.Get(row, "province"));
            PublishedResult? Reading(string side, bool required)
            {
                var (value, rank, source) = (csv.GetDecimal(row, side + "_value"), csv.GetInt(row, side + "_rank"), csv.Get(row, side + "_source"));
                if (value is null && rank is null && source.Length == 0 && !required)
                {
                    return null;
                }
                return value is null && rank is null || source.Length == 0
                    ? throw csv.Invalid(row, side + "_source", "a reading needs a value or a rank, and a source", source)
                    : new PublishedResult(index, year, province, value, rank, source);
            }
            rows.Add(new RecordConflict { PublishedIndex = index, Year = year, Province = province, Recorded = Reading("recorded", required: false), Other = Reading("other", required: true)!, Resolution = csv.Get(row, "resolution") });
        }
        return [.. rows.OrderBy(c => c.PublishedIndex).ThenByDescending(c => c.Year).ThenBy(c => c.Province.Code, StringComparer.Ordinal)];
    }

    /// <summary>The record's files use the 63 list's name_vi exactly; anything else is a data error, not a fuzzy match.</summary>
    private static Province ProvinceByName(string file, string name) =>
        ProvinceList.Units63.Provinces.FirstOrDefault(p => string.Equals(p.Name, Text.Nfc(name), StringComparison.Ordinal))
        ?? throw EmbeddedData.Invalid(file, "'" + name + "' is not a name_vi of provinces-63.csv");
}
