namespace ParIndex.Tests.History;

public class ValidationReportTests
{
    [Fact]
    public void ToString_ValidPartialTable_SaysNoProblemsAndListsTheCoverage()
    {
        var report = ValidationReport.Validate(PublishedRecord.Results(PublishedIndex.Par, 2015).Rows);
        var text = report.ToString();
        Assert.StartsWith("No problems.", text, StringComparison.Ordinal);
        TextAssert.Holds(text, "2015 Par: 10 of 63 rows", "no row: Hà Nội");
    }

    [Fact]
    public void IsValid_WithProblems_IsFalse()
    {
        var row = PublishedRecord.Results(PublishedIndex.Par, 2024).Rows[0];
        var report = ValidationReport.Validate([row, row]);
        Assert.False(report.IsValid);
        Assert.StartsWith("1 problem:", report.ToString(), StringComparison.Ordinal);
    }

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

    [Theory]
    [MemberData(nameof(EmbeddedTables))]
    public void Validate_EmbeddedTable_HasNoProblem(PublishedIndex index, int year)
    {
        // Not skipped where a source errs: a problem's message names every row in conflict and its source.
        var report = ValidationReport.Validate(PublishedRecord.Results(index, year).Rows, PublishedRecord.Aggregates);
        Assert.True(report.IsValid, report.ToString());
        Assert.Equal(year, Assert.Single(report.Tables).Year);
    }

    [Fact]
    public void Validate_Par2024_CanThoAndBinhDuongEqualAt89_13WithRanks22And23_IsANoteNotAConflict()
    {
        // PAR Index 2024: Cần Thơ 89.13 rank 22 (hethongphapluat.vn, plan 101/KH-UBND) and Bình Dương 89.13 rank 23
        // (baobinhduong.vn). The Ministry ranks on more decimals than it publishes, so the two rows agree.
        var report = ValidationReport.Validate(PublishedRecord.Results(PublishedIndex.Par, 2024).Rows, PublishedRecord.Aggregates);

        Assert.True(report.IsValid, report.ToString());
        var note = Assert.Single(report.Notes, n => n.Message.Contains("89.13", StringComparison.Ordinal));
        Assert.Equal(DiagnosticKind.UnpublishedDecimals, note.Kind);
        Assert.Contains("Cần Thơ rank 22 and Bình Dương rank 23 are equal at two decimals (89.13); the order comes from unpublished decimals", note.Message, StringComparison.Ordinal);
        Assert.Contains("note: ", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EqualValuesWithConsecutiveRanks_InAFullTable_IsANote()
    {
        // PAR Index 2023 has a pair at 87.33 with ranks 27 and 28. Here a full table of 63 whose 27th and 28th values
        // both show 87.33: each may hold rank 27 or 28 (26 rows stand above 87.33, one other row equals it), so ranks
        // 27 and 28 are consistent; rank 26 for one of them is not.
        var rows = FullTable(i => i switch { 26 or 27 => 87.33m, < 26 => 95m - (i * 0.2m), _ => 87m - (i * 0.01m) });
        var pair = rows.Where(r => r.Value == 87.33m).Select(r => r.Province.Code).ToList();
        Assert.Equal([27, 27], rows.Where(r => r.Value == 87.33m).Select(r => r.Rank!.Value)); // as published they would share a rank
        List<PublishedResult> Ranked(int first, int second) =>
            [.. rows.Select(r => r.Province.Code == pair[0] ? With(r, rank: first) : r.Province.Code == pair[1] ? With(r, rank: second) : r)];

        var report = ValidationReport.Validate(Ranked(27, 28));
        var wrong = ValidationReport.Validate(Ranked(26, 28));

        Assert.True(report.IsValid, report.ToString());
        Assert.Contains("rank 27 and", Assert.Single(report.Notes).Message, StringComparison.Ordinal);
        Assert.Contains("rank 28 are equal at two decimals (87.33)", report.Notes[0].Message, StringComparison.Ordinal);
        var problem = Assert.Single(wrong.Problems, p => p.UnitCode == pair[0]);
        Assert.Equal(DiagnosticKind.RankMismatch, problem.Kind);
        Assert.Contains("rank 26 with 87.33: its value ranks it 27–28 of 63", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ThreeDecimals_AreCheckedWithThree()
    {
        // Provinces print their own indices with three decimals ("87,602/100 điểm"). Rank 1 with 87.602 and rank 2 with
        // 87.604: at three decimals rank 2 has the higher value, a conflict; rounded to two (both 87.60) they agree.
        var rows = new[]
        {
            Par(2023, "22", 87.602m, 1),
            Par(2023, "31", 87.604m, 2),
        };

        var report = ValidationReport.Validate(rows);
        var twoDecimals = ValidationReport.Validate(rows, options: new RankingOptions { Decimals = 2 });

        Assert.Equal(2, report.Problems.Length);
        Assert.All(report.Problems, d => Assert.Equal(DiagnosticKind.RankMismatch, d.Kind));
        Assert.Contains("Hải Phòng rank 2 with 87.604: this conflicts with Quảng Ninh rank 1 with 87.602", report.ToString(), StringComparison.Ordinal);
        Assert.True(twoDecimals.IsValid, twoDecimals.ToString());
        Assert.Contains("equal at two decimals (87.60)", Assert.Single(twoDecimals.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueOnAGroupBoundBelowThePublishedCount_IsANote()
    {
        // 2024: 13 provinces in group A. Rank 14 with 90.00 may be 89.996 before rounding: group B, as its rank says.
        // Rank 14 with 90.01 is at least 90.005: group A, against the count.
        var onBound = ValidationReport.Validate([Par(2024, "56", 90.00m, 14)], PublishedRecord.Aggregates);
        var above = ValidationReport.Validate([Par(2024, "56", 90.01m, 14)], PublishedRecord.Aggregates);

        Assert.True(onBound.IsValid, onBound.ToString());
        Assert.Equal(DiagnosticKind.UnpublishedDecimals, Assert.Single(onBound.Notes).Kind);
        Assert.Equal(DiagnosticKind.GroupMismatch, Assert.Single(above.Problems).Kind);
    }

    [Fact]
    public void Validate_FullTableInRankOrder_IsValid_AndSwappedRanksAreBothNamed()
    {
        var rows = FullTable();
        Assert.True(ValidationReport.Validate(rows).IsValid);

        var swapped = rows.Select(r => r.Rank switch
        {
            10 => With(r, rank: 11),
            11 => With(r, rank: 10),
            _ => r,
        }).ToList();
        var report = ValidationReport.Validate(swapped);

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

        var report = ValidationReport.Validate(rows);

        var problem = Assert.Single(report.Problems, p => p.UnitCode == "49");
        Assert.Equal(DiagnosticKind.RankMismatch, problem.Kind);
        TextAssert.Holds(problem.Message, "2023 Par: Quảng Nam rank 30 with 84.6", "conflicts with");
    }

    [Fact]
    public void Validate_SharedRankWithDifferentValues_IsDuplicateRank()
    {
        var rows = new[]
        {
            Par(2023, "22", 92.18m, 1),
            Par(2023, "31", 91.87m, 1),
        };
        Assert.Contains(ValidationReport.Validate(rows).Problems, d => d.Kind == DiagnosticKind.DuplicateRank);
    }

    [Fact]
    public void Validate_TiedValuesSharingARank_AreValid()
    {
        var rows = new[]
        {
            Par(2023, "22", 90.10m, 1),
            Par(2023, "31", 90.10m, 1),
            Par(2023, "01", 89.58m, 3),
        };
        Assert.True(ValidationReport.Validate(rows).IsValid);
    }

    [Fact]
    public void Validate_SameProvinceTwice_IsDuplicateCode()
    {
        var row = PublishedRecord.Results(PublishedIndex.Par, 2024).Rows[0];
        var problem = Assert.Single(ValidationReport.Validate([row, row]).Problems);
        Assert.Equal(DiagnosticKind.DuplicateCode, problem.Kind);
    }

    [Fact]
    public void Validate_RankInsideGroupAButValueBelow90_IsGroupMismatch()
    {
        // 2024: 13 provinces in group A (published-aggregates.csv, with its sources), so ranks 1–13 must be ≥ 90.
        var rows = new[] { Par(2024, "56", 89.99m, 10) };

        var report = ValidationReport.Validate(rows, PublishedRecord.Aggregates);

        Assert.Equal(DiagnosticKind.GroupMismatch, Assert.Single(report.Problems).Kind);
        Assert.True(ValidationReport.Validate(rows).IsValid); // without the counts there is nothing to check against
    }

    [Fact]
    public void Validate_MoreRowsInAGroupThanPublished_IsGroupMismatch()
    {
        // 2016: Đà Nẵng alone in group A (90.32); a second value ≥ 90 contradicts the count.
        var rows = new[]
        {
            Par(2016, "48", 90.32m, 1),
            Par(2016, "01", 90.01m, null),
        };
        Assert.Contains(ValidationReport.Validate(rows, PublishedRecord.Aggregates).Problems, d => d.Kind == DiagnosticKind.GroupMismatch && d.UnitCode is null);
    }

    [Fact]
    public void CheckAreas_LaoCai2019_TaskResultsPlusImpactEqualTheTotal()
    {
        // ddcilaocai.vn: 52.90 (appraised tasks) + 29.95 (impact) = 82.85, the published total.
        var total = PublishedRecord.Series(PublishedIndex.Par, ProvinceList.Units63["10"]).Single(r => r.Year == 2019);
        var parts = PublishedRecord.Components.Where(c => c.Year == 2019 && c.Province.Code == "10" && !c.Area.StartsWith("Tác động:", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, parts.Count);
        Assert.True(ValidationReport.CheckAreas(total, parts).IsValid);
        var wrong = ValidationReport.CheckAreas(With(total, value: 82.95m), parts);
        Assert.Equal(DiagnosticKind.AreaSumMismatch, Assert.Single(wrong.Problems).Kind);
    }

    [Fact]
    public void CheckAreas_EightAreasRoundedToTwoDecimals_AreWithinTheBoundOfRounding()
    {
        // Eight exact area points 7.254 + 7.444 + 11.154 + 9.874 + 10.064 + 6.004 + 12.334 + 10.124 = 74.252, published
        // 74.25; the areas published to two decimals 7.25 + 7.44 + 11.15 + 9.87 + 10.06 + 6.00 + 12.33 + 10.12 = 74.22.
        // The gap 0.03 is within 8 × 0.005 + 0.005 = 0.045: a note, not a problem. A total of 74.27 (gap 0.05) is not.
        var province = ProvinceList.Units63["75"];
        decimal[] published = [7.25m, 7.44m, 11.15m, 9.87m, 10.06m, 6.00m, 12.33m, 10.12m];
        var areas = published.Select((v, i) => new PublishedComponent(2018, province, $"Lĩnh vực {i + 1}", v, "s")).ToList();

        var report = ValidationReport.CheckAreas(new PublishedResult(PublishedIndex.Par, 2018, province, 74.25m, null, "s"), areas);
        var beyond = ValidationReport.CheckAreas(new PublishedResult(PublishedIndex.Par, 2018, province, 74.27m, null, "s"), areas);

        Assert.True(report.IsValid, report.ToString());
        Assert.Contains("a gap of 0.03, within the 0.045 rounding to two decimals allows", Assert.Single(report.Notes).Message, StringComparison.Ordinal);
        var problem = Assert.Single(beyond.Problems);
        Assert.Equal(DiagnosticKind.AreaSumMismatch, problem.Kind);
        Assert.Contains("add up to 74.22, the published total is 74.27: a gap of 0.05, more than the 0.045", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAreas_PercentWithMaxima_ConvertsToPoints()
    {
        var province = ProvinceList.Units63["56"];
        var total = new PublishedResult(PublishedIndex.Par, 2024, province, 19m, null, "s");
        PublishedComponent[] areas = [new(2024, province, "X (% tối đa)", 100m, "s"), new(2024, province, "Y (% tối đa)", 90m, "s")];

        Assert.True(ValidationReport.CheckAreas(total, areas, [10m, 10m]).IsValid);
        Assert.Equal(DiagnosticKind.MissingAttribute, ValidationReport.CheckAreas(total, areas).Problems[0].Kind);
        Assert.Throws<ArgumentException>(() => ValidationReport.CheckAreas(total, areas, [10m]));
    }

    [Fact]
    public void CheckAreas_ValueAboveItsMaximum_IsValueOutOfRange()
    {
        var province = ProvinceList.Units63["75"];
        var total = new PublishedResult(PublishedIndex.Par, 2018, province, 10m, null, "s");
        var report = ValidationReport.CheckAreas(total, [new PublishedComponent(2018, province, "X (điểm/9; hạng 1/63)", 10m, "s")]);
        Assert.Equal(DiagnosticKind.ValueOutOfRange, Assert.Single(report.Problems).Kind);
    }

    [Fact]
    public void Validate_Null_ThrowsNamingRows() =>
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => ValidationReport.Validate(null!)).ParamName);

    internal static List<PublishedResult> FullTable(Func<int, decimal>? value = null)
    {
        var provinces = ProvinceList.Units63.Provinces;
        var values = provinces.Select((p, i) => new UnitValue(AssessedUnit.Of(p), value?.Invoke(i) ?? 95m - (i * 0.37m))).ToList();
        var ranking = Ranking.Create(values, new RankingOptions { Groups = null, Decimals = 2 });
        return [.. provinces.Select(p => new PublishedResult(PublishedIndex.Par, 2030, p, ranking[p.Code].Value, ranking[p.Code].Rank, "test"))];
    }

    /// <summary>A row of a caller's PAR Index table, the province by its code in the 63 list.</summary>
    private static PublishedResult Par(int year, string code, decimal? value, int? rank) => new(PublishedIndex.Par, year, ProvinceList.Units63[code], value, rank, "s");

    private static PublishedResult With(PublishedResult row, int? rank = null, decimal? value = null) =>
        new(row.PublishedIndex, row.Year, row.Province, value ?? row.Value, rank ?? row.Rank, row.Source);
}
