using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Geography;
using ParIndex.History;
using ParIndex.Rankings;
using ParIndex.Scoring;
using Xunit;

namespace ParIndex.Tests.History;

public class RecordValidatorTests
{
    public static TheoryData<PublishedIndex, int> EmbeddedTables()
    {
        var data = new TheoryData<PublishedIndex, int>();
        foreach (var index in Enum.GetValues<PublishedIndex>())
        {
            foreach (var year in PublishedRecord.Years(index))
            {
                data.Add(index, year);
            }
        }
        return data;
    }

    // Conflicts the published record really holds, each named here instead of skipping its year. 2024: two sources
    // give Cần Thơ (rank 22, hethongphapluat.vn plan 101/KH-UBND) and Bình Dương (rank 23, baobinhduong.vn) the same
    // 89.13 — the Ministry ranked on more than the two published decimals, or one source errs.
    private static readonly (PublishedIndex Index, int Year, string Problem)[] KnownConflicts =
    [
        (PublishedIndex.Par, 2024, "Bình Dương rank 23 with 89.13: this conflicts with Cần Thơ rank 22 with 89.13"),
    ];

    [Theory]
    [MemberData(nameof(EmbeddedTables))]
    public void Validate_EmbeddedTable_HasNoProblemButItsKnownConflicts(PublishedIndex index, int year)
    {
        // Not skipped where a source errs: the message names every row in conflict and its source.
        var report = RecordValidator.Validate(PublishedRecord.Results(index, year).Rows, PublishedRecord.Aggregates);
        var known = KnownConflicts.Where(k => k.Index == index && k.Year == year).Select(k => k.Problem).ToList();
        Assert.True(report.IsValid == (known.Count == 0), report.ToString());
        Assert.All(known, problem => Assert.Contains(problem, report.ToString(), StringComparison.Ordinal));
        Assert.Equal(year, Assert.Single(report.Coverage).Year);
    }

    [Fact]
    public void Validate_FullTableInRankOrder_IsValid_AndSwappedRanksAreBothNamed()
    {
        var rows = FullTable();
        Assert.True(RecordValidator.Validate(rows).IsValid);

        var swapped = rows.Select(r => r.Rank switch
        {
            10 => With(r, rank: 11),
            11 => With(r, rank: 10),
            _ => r,
        }).ToList();
        var report = RecordValidator.Validate(swapped);

        Assert.Equal(2, report.Problems.Length);
        Assert.All(report.Problems, p => Assert.Equal(DiagnosticKind.RankMismatch, p.Kind));
        Assert.Equal(rows.Where(r => r.Rank is 10 or 11).Select(r => r.Province.Code).Order(), report.Problems.Select(p => p.UnitCode!).Order());
        Assert.Contains("ranks it 10 of 63", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SubsetWithRankOrderAgainstValueOrder_NamesTheRowAndTheConflict()
    {
        // Published 2023: Cà Mau 86.89 rank 34, Quảng Nam 84.60 rank 56. Give Quảng Nam rank 30: a lower value above Cà Mau.
        var rows = PublishedRecord.Results(PublishedIndex.Par, 2023).Rows
            .Select(r => r.Province.Name == "Quảng Nam" ? With(r, rank: 30) : r).ToList();

        var report = RecordValidator.Validate(rows);

        var problem = Assert.Single(report.Problems, p => p.UnitCode == "49");
        Assert.Equal(DiagnosticKind.RankMismatch, problem.Kind);
        Assert.Contains("2023 Par: Quảng Nam rank 30 with 84.6", problem.Message, StringComparison.Ordinal);
        Assert.Contains("conflicts with", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SharedRankWithDifferentValues_IsDuplicateRank()
    {
        var p = ProvinceList.Units63;
        var rows = new[]
        {
            new PublishedResult(PublishedIndex.Par, 2023, p["22"], 92.18m, 1, "s"),
            new PublishedResult(PublishedIndex.Par, 2023, p["31"], 91.87m, 1, "s"),
        };
        Assert.Contains(RecordValidator.Validate(rows).Problems, d => d.Kind == DiagnosticKind.DuplicateRank);
    }

    [Fact]
    public void Validate_TiedValuesSharingARank_AreValid()
    {
        var p = ProvinceList.Units63;
        var rows = new[]
        {
            new PublishedResult(PublishedIndex.Par, 2023, p["22"], 90.10m, 1, "s"),
            new PublishedResult(PublishedIndex.Par, 2023, p["31"], 90.10m, 1, "s"),
            new PublishedResult(PublishedIndex.Par, 2023, p["01"], 89.58m, 3, "s"),
        };
        Assert.True(RecordValidator.Validate(rows).IsValid);
    }

    [Fact]
    public void Validate_SameProvinceTwice_IsDuplicateCode()
    {
        var row = PublishedRecord.Results(PublishedIndex.Par, 2024).Rows[0];
        var problem = Assert.Single(RecordValidator.Validate([row, row]).Problems);
        Assert.Equal(DiagnosticKind.DuplicateCode, problem.Kind);
    }

    [Fact]
    public void Validate_RankInsideGroupAButValueBelow90_IsGroupMismatch()
    {
        // 2024: 13 provinces in group A (published-aggregates.csv, with its sources), so ranks 1–13 must be ≥ 90.
        var rows = new[] { new PublishedResult(PublishedIndex.Par, 2024, ProvinceList.Units63["56"], 89.99m, 10, "s") };

        var report = RecordValidator.Validate(rows, PublishedRecord.Aggregates);

        Assert.Equal(DiagnosticKind.GroupMismatch, Assert.Single(report.Problems).Kind);
        Assert.True(RecordValidator.Validate(rows).IsValid); // without the counts there is nothing to check against
    }

    [Fact]
    public void Validate_MoreRowsInAGroupThanPublished_IsGroupMismatch()
    {
        // 2016: Đà Nẵng alone in group A (90.32); a second value ≥ 90 contradicts the count.
        var p = ProvinceList.Units63;
        var rows = new[]
        {
            new PublishedResult(PublishedIndex.Par, 2016, p["48"], 90.32m, 1, "s"),
            new PublishedResult(PublishedIndex.Par, 2016, p["01"], 90.01m, null, "s"),
        };
        Assert.Contains(RecordValidator.Validate(rows, PublishedRecord.Aggregates).Problems, d => d.Kind == DiagnosticKind.GroupMismatch && d.UnitCode is null);
    }

    [Fact]
    public void CheckAreas_LaoCai2019_TaskResultsPlusImpactEqualTheTotal()
    {
        // ddcilaocai.vn: 52.90 (appraised tasks) + 29.95 (impact) = 82.85, the published total.
        var total = PublishedRecord.Series(PublishedIndex.Par, ProvinceList.Units63["10"]).Single(r => r.Year == 2019);
        var parts = PublishedRecord.Components.Where(c => c.Year == 2019 && c.Province.Code == "10" && !c.Area.StartsWith("Tác động:", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, parts.Count);
        Assert.True(RecordValidator.CheckAreas(total, parts).IsValid);
        var wrong = RecordValidator.CheckAreas(With(total, value: 82.95m), parts);
        Assert.Equal(DiagnosticKind.AreaSumMismatch, Assert.Single(wrong.Problems).Kind);
    }

    [Fact]
    public void CheckAreas_PercentWithMaxima_ConvertsToPoints()
    {
        var province = ProvinceList.Units63["56"];
        var total = new PublishedResult(PublishedIndex.Par, 2024, province, 19m, null, "s");
        PublishedComponent[] areas = [new(2024, province, "X (% tối đa)", 100m, "s"), new(2024, province, "Y (% tối đa)", 90m, "s")];

        Assert.True(RecordValidator.CheckAreas(total, areas, [10m, 10m]).IsValid);
        Assert.Equal(DiagnosticKind.MissingAttribute, RecordValidator.CheckAreas(total, areas).Problems[0].Kind);
        Assert.Throws<ArgumentException>(() => RecordValidator.CheckAreas(total, areas, [10m]));
    }

    [Fact]
    public void CheckAreas_ValueAboveItsMaximum_IsValueOutOfRange()
    {
        var province = ProvinceList.Units63["75"];
        var total = new PublishedResult(PublishedIndex.Par, 2018, province, 10m, null, "s");
        var report = RecordValidator.CheckAreas(total, [new PublishedComponent(2018, province, "X (điểm/9; hạng 1/63)", 10m, "s")]);
        Assert.Equal(DiagnosticKind.ValueOutOfRange, Assert.Single(report.Problems).Kind);
    }

    [Fact]
    public void Validate_Null_ThrowsNamingRows() =>
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => RecordValidator.Validate(null!)).ParamName);

    internal static List<PublishedResult> FullTable(Func<int, decimal>? value = null)
    {
        var provinces = ProvinceList.Units63.Provinces;
        var values = provinces.Select((p, i) => new UnitValue(AssessedUnit.Of(p), value?.Invoke(i) ?? 95m - (i * 0.37m))).ToList();
        var ranking = Ranking.Create(values, new RankingOptions { Groups = null });
        return [.. provinces.Select(p => new PublishedResult(PublishedIndex.Par, 2030, p, ranking[p.Code].Value, ranking[p.Code].Rank, "test"))];
    }

    private static PublishedResult With(PublishedResult row, int? rank = null, decimal? value = null) =>
        new(row.Index, row.Year, row.Province, value ?? row.Value, rank ?? row.Rank, row.Source);
}
