namespace ParIndex.Tests.Methodologies;

public class MethodologyCatalogTests
{
    [Fact]
    public void For_Provinces2023_Is876_WithItsHeadlineFacts()
    {
        // 876/QĐ-BNV: "8 lĩnh vực đánh giá, 37 tiêu chí và 88 tiêu chí thành phần. Tổng điểm đánh giá là 100 điểm, trong
        // đó, 32 điểm là đánh giá thông qua điều tra xã hội học" (baodaknong.vn, PAR Index 2023).
        var version = MethodologyVersion.For(SubjectKind.Province, 2023);

        Assert.Equal("876/QĐ-BNV", Assert.Single(version.Decisions).DocumentNumber);
        Assert.Equal((8, 37, 88), (version.AreaCount, version.CriterionCount, version.SubCriterionCount));
        Assert.Equal(100m, version.MaxPoints);
        Assert.Equal(32m, version.SurveyPoints);
        Assert.Equal(Completeness.Headline, version.Completeness);
        Assert.Null(version.Tree);
    }

    [Fact]
    public void For_Provinces2022_StatesTheBlocksAndThreeAreaMaxima_WithTheirSources()
    {
        // Ninh Thuận 2022 and Kon Tum 2023: appraisal 61.5 + impact 38.5 (= SIPAS 10 + leaders 22 + socio-economic 6.5);
        // Kon Tum: thể chế "9,42/10", TTHC "11,88/13", tổ chức bộ máy "9,72/10,5". 61.5 + 38.5 = 100; 10 + 22 = 32 survey points.
        var version = MethodologyVersion.For(SubjectKind.Province, 2022);

        Assert.Contains(version.Notes, n => n.Contains("appraisal 61.5 and impact 38.5", StringComparison.Ordinal));
        Assert.Contains(version.Notes, n => n.Contains("Cải cách thể chế 10", StringComparison.Ordinal) && n.Contains("10.5", StringComparison.Ordinal));
        Assert.Contains("https://snv.kontum.gov.vn/pages/detail/11382", version.Sources);
        Assert.Equal(Completeness.Headline, version.Completeness); // five area maxima are still unknown
    }

    [Fact]
    public void AreaOutline_SameFields_AreEqual()
    {
        // An outline is a value: equal when code, name (compared in NFC), maximum (10 and 10.0 are one) and counts are.
        const string nfd = "Ca\u0309i ca\u0301ch the\u0302\u0309 che\u0302\u0301";
        ContractAssert.ClassEqualityContract(
            new AreaOutline("1", "Cải cách thể chế", 10m, 3, 9),
            new AreaOutline("1", nfd, 10.0m, 3, 9),
            new AreaOutline("1", "Cải cách thể chế", 10m, 3, 8),
            new AreaOutline("2", "Cải cách thể chế", 10m, 3, 9),
            new AreaOutline("1", "Cải cách thể chế"));
    }

    [Fact]
    public void For_Ministries2022_Is876_With7Areas38Criteria97SubCriteria()
    {
        var version = MethodologyVersion.For(SubjectKind.Ministry, 2022);

        Assert.Equal((7, 38, 97), (version.AreaCount, version.CriterionCount, version.SubCriterionCount));
        Assert.Equal(31.5m, version.SurveyPoints);
        Assert.Equal(38, version.Areas.Sum(a => a.CriterionCount));
        Assert.Equal(97, version.Areas.Sum(a => a.SubCriterionCount));
    }

    [Fact]
    public void For_Provinces2017_Is2948_WithItsAreaMaxima()
    {
        var version = MethodologyVersion.For(SubjectKind.Province, 2017);

        Assert.Equal("2948/QĐ-BNV", version.Decisions[0].DocumentNumber);
        Assert.Equal(Completeness.Areas, version.Completeness);
        Assert.Equal([10m, 10m, 14.5m, 11m, 16m, 7m, 16m, 15.5m], version.Areas.Select(a => a.MaxPoints!.Value));
        Assert.Equal(100m, version.Areas.Sum(a => a.MaxPoints));
        Assert.Equal(81, version.Areas.Sum(a => a.SubCriterionCount));
    }

    [Fact]
    public void For_2024_HoldsTheFiveSourcedAreaMaxima_AndStaysHeadline()
    {
        var version = MethodologyVersion.For(SubjectKind.Province, 2024);

        // Hòa Bình "9.5/9.5 in the first indicator"; Sơn La "10.18/10.5", "14.23/15", "12.75/13", "13.14/16.5".
        Assert.Equal([("1", 9.5m), ("3", 13m), ("4", 10.5m), ("5", 15m), ("8", 16.5m)], version.Areas.Select(a => (a.Code, a.MaxPoints!.Value)));
        Assert.Equal(Completeness.Headline, version.Completeness);
        Assert.Contains(version.Sources, s => s.Contains("sonla.gov.vn", StringComparison.Ordinal));
        Assert.Contains(version.Sources, s => s.Contains("baohoabinh.com.vn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2012, "1294/QĐ-BNV")]
    [InlineData(2015, "1294/QĐ-BNV")]
    [InlineData(2016, "4361/QĐ-BNV")]
    [InlineData(2018, "2636/QĐ-BNV")]
    [InlineData(2021, "1150/QĐ-BNV")]
    [InlineData(2024, "892/QĐ-BNV")]
    [InlineData(2030, "892/QĐ-BNV")]
    public void For_EachProvincialYear_FindsTheVersionInForce(int year, string decision) =>
        Assert.Contains(MethodologyVersion.For(SubjectKind.Province, year).Decisions, d => d.DocumentNumber == decision);

    [Fact]
    public void For_YearBeforeTheIndex_IsAClearError()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MethodologyVersion.For(SubjectKind.Province, 2011));

        Assert.Equal("assessmentYear", error.ParamName);
        Assert.Contains("2012–2015", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => MethodologyVersion.For(SubjectKind.Custom, 2023));
    }

    [Fact]
    public void Versions_DoNotOverlap_AndEveryOneHasSources()
    {
        foreach (var group in MethodologyVersion.All.GroupBy(v => v.SubjectKind))
        {
            var ordered = group.OrderBy(v => v.Years.First).ToList();
            foreach (var (earlier, later) in ordered.Zip(ordered.Skip(1)))
            {
                Assert.True(earlier.Years.Last is { } last && last < later.Years.First, earlier.Id + " overlaps " + later.Id);
            }
        }
        Assert.All(MethodologyVersion.All, v => Assert.NotEmpty(v.Sources));
        Assert.All(MethodologyVersion.All.SelectMany(v => v.Areas).Select(a => a.Name), name => Assert.True(name.IsNormalized(System.Text.NormalizationForm.FormC)));
    }

    [Fact]
    public void IndexFromAreaPoints_2017_IsTheirShareOfOneHundred()
    {
        var version = MethodologyVersion.For(SubjectKind.Province, 2017);
        // Hand calculation: 9 + 8.5 + 13 + 10 + 14 + 6.5 + 12 + 12 = 85 points of 100 → 85%.
        var points = new Dictionary<string, decimal> { ["1"] = 9m, ["2"] = 8.5m, ["3"] = 13m, ["4"] = 10m, ["5"] = 14m, ["6"] = 6.5m, ["7"] = 12m, ["8"] = 12m };

        Assert.Equal(85m, version.IndexFromAreaPoints(points));
    }

    [Fact]
    public void IndexFromAreaPoints_BadInput_NamesEveryProblem()
    {
        var version = MethodologyVersion.For(SubjectKind.Province, 2017);
        var points = new Dictionary<string, decimal> { ["1"] = 11m, ["2"] = 8.5m, ["9"] = 1m };

        var error = Assert.Throws<ArgumentException>(() => version.IndexFromAreaPoints(points));

        TextAssert.Holds(error.Message, "area 1: 11 points is outside [0, 10]", "area 3 is missing", "has no area 9");
    }

    [Theory]
    [InlineData(2018)] // eight areas, the last without its maximum
    [InlineData(2022)] // no areas
    [InlineData(2024)] // five of the eight areas sourced
    public void IndexFromAreaPoints_WithoutAllMaxima_IsRefused(int year) =>
        Assert.Throws<InvalidOperationException>(() => MethodologyVersion.For(SubjectKind.Province, year).IndexFromAreaPoints(new Dictionary<string, decimal>()));

    [Theory]
    [InlineData(2017, true)]
    [InlineData(2018, false)]
    [InlineData(2022, false)]
    [InlineData(2024, false)]
    public void HasAreaMaxima_OnlyWhenEveryAreaIsSourcedWithItsMaximum(int year, bool expected) =>
        Assert.Equal(expected, MethodologyVersion.For(SubjectKind.Province, year).HasAreaMaxima);
}

public class MethodologySamplesTests
{
    [Fact]
    public void Samples_AreTheCaMauFragmentAndTheHueSample()
    {
        Assert.Equal(["CA-MAU-1880-2013-FRAGMENT", "SAMPLE-HUE-2019-TARGETS"], Methodology.Samples.Select(m => m.Id));
    }

    [Fact]
    public void HueSample_ScoresAUnitThatMetEveryTarget_AtOneHundred()
    {
        var hue = Methodology.Samples.Single(m => m.Id == "SAMPLE-HUE-2019-TARGETS");
        var values = new Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.Percent(100m),
            ["2.1"] = IndicatorValue.Percent(100m),
            ["2.2"] = IndicatorValue.Ratio(1200m, 1200m),
            ["2.3"] = IndicatorValue.Percent(50m),
            ["2.4"] = IndicatorValue.Percent(20m),
            ["3.1"] = IndicatorValue.Percent(100m),
            ["3.2"] = IndicatorValue.Percent(100m),
        };

        var card = new ParIndex.Scoring.Scorer(hue).Score(new ParIndex.Scoring.ReportedIndicators(new ParIndex.Scoring.AssessedUnit("46", "Thừa Thiên Huế"), 2019, values));

        Assert.Equal(100m, card.Index);
        Assert.Equal(2m, hue.MaxPointsFrom(AssessmentMethod.SociologicalSurvey));
    }
}
