namespace ParIndex.Tests.Targets;

/// <summary>The embedded plans against the news articles each plan cites.</summary>
public class SeedPlansTests
{
    private static readonly LocalDate Today = new(2026, 1, 1);

    [Fact]
    public void All_FivePlans_48Targets_AsPlanTargetsMdLists()
    {
        Assert.Equal(["phu-yen-2011-2020", "thua-thien-hue-2019", "phu-tho-2020", "khanh-hoa-2021", "gia-lai-2011-2015"], SeedPlans.All.Select(p => p.Id));
        // The articles: 15 + 8 + 12 + 6 (+ the alternative) + 7 targets.
        Assert.Equal([15, 8, 12, 6, 7], SeedPlans.All.Select(p => p.Targets.Length));
        Assert.Equal(["Phú Yên", "Thừa Thiên Huế", "Phú Thọ", "Khánh Hòa", "Gia Lai"], SeedPlans.All.Select(p => p.Province.Name));
        Assert.All(SeedPlans.All, p => Assert.Matches(@"^[^,]+, \d{2}/\d{2}/\d{4}, "".+""", p.Source!)); // publisher, date, "title"
    }

    [Fact]
    public void PhuYen_TwoPhases_AndThePhaseAndYearDeadlinesOfTheArticle()
    {
        var plan = SeedPlans.PhuYen2011To2020;

        Assert.Equal((2011, 2020), (plan.FirstYear, plan.LastYear));
        Assert.Equal(["giai đoạn 1 (2011–2015)", "giai đoạn 2 (2016–2020)"], plan.Phases.Select(p => p.ToString()));
        Assert.Equal(Deadline.InYear(2013), plan["py-01"].Deadline);                      // "đến năm 2013 100% …"
        Assert.Equal(Goal.EqualTo(100m), plan["py-01"].Goal);
        Assert.Equal(DeadlineKind.Phase, plan["py-03"].Deadline.Kind);
        Assert.Equal(Goal.GreaterThan(60m), plan["py-03"].Goal);                          // "đạt mức trên 60%"
        Assert.Equal(Goal.AtLeast(80m), plan["py-05"].Goal);                              // 80% cấp tỉnh
        Assert.Equal(Goal.AtLeast(70m), plan["py-06"].Goal);                              // 70% cấp huyện
        Assert.Equal(GovernmentLevels.District, plan["py-06"].Scope.Levels);
        Assert.Equal(Goal.GreaterThan(80m), plan["py-15"].Goal);
        Assert.Equal(Deadline.InYear(2020), plan["py-15"].Deadline);
        // Qualitative: the pilot and "hầu hết" level 3 services carry no number.
        Assert.Equal(Goal.Achieved(), plan["py-02"].Goal);
        Assert.Equal(Goal.Achieved(), plan["py-11"].Goal);
        Assert.Contains("hầu hết", plan["py-11"].Note!, System.StringComparison.Ordinal);
        Assert.Equal(OnlineServiceScheme.Levels1To4, plan["py-10"].OnlineServices);
        Assert.Equal(["giáo dục", "y tế"], plan["py-14"].Scope.Sectors.ToArray());
    }

    [Fact]
    public void PhuYen_EveryGoal_AsTheArticleWordsIt()
    {
        // "đến năm 2013 100% …"; pilot; "trên 60%" ×2 (the second for education and health "vào năm 2015"); "80% … cấp tỉnh";
        // "70% … cấp huyện"; "100% … cấp xã"; "60% các văn bản"; "100% … từ cấp huyện trở lên"; "tất cả … mức độ 2";
        // "hầu hết … mức độ 3"; phase 2: "trên 80%" (TTHC), "100% … theo vị trí việc làm", "trên 80%" (giáo dục, y tế), "trên 80%" (cơ quan).
        Assert.Equal(
            [Goal.EqualTo(100m), Goal.Achieved(), Goal.GreaterThan(60m), Goal.GreaterThan(60m), Goal.AtLeast(80m), Goal.AtLeast(70m), Goal.EqualTo(100m),
             Goal.AtLeast(60m), Goal.EqualTo(100m), Goal.EqualTo(100m), Goal.Achieved(), Goal.GreaterThan(80m), Goal.EqualTo(100m), Goal.GreaterThan(80m), Goal.GreaterThan(80m)],
            SeedPlans.PhuYen2011To2020.Targets.Select(t => t.Goal));
        Assert.Equal([2013, 2015, 2015, 2015, 2015, 2015, 2015, 2015, 2015, 2015, 2015, 2020, 2020, 2020, 2020], SeedPlans.PhuYen2011To2020.Targets.Select(t => t.Deadline.Year));
    }

    [Fact]
    public void KhanhHoa_EveryGoal_AsTheArticleWordsIt()
    {
        // "đạt trên 81%"; "PCI … ở nhóm tốt"; "giảm xuống 2%"; "100% dịch vụ công trực tuyến được tích hợp"; "100% TTHC đủ điều kiện";
        // "đạt từ 30% trở lên (hoặc … đạt từ 50% trở lên)".
        Assert.Equal(
            [Goal.GreaterThan(81m), Goal.InGroup("tốt"), Goal.AtMost(2m), Goal.EqualTo(100m), Goal.EqualTo(100m), Goal.AtLeast(30m)],
            SeedPlans.KhanhHoa2021.Targets.Select(t => t.Goal));
        Assert.All(SeedPlans.KhanhHoa2021.Targets, t => Assert.Equal(Deadline.InYear(2021), t.Deadline));
    }

    [Fact]
    public void ThuaThienHue_TopTenFirst_ThenTheArticlesPercentages()
    {
        var plan = SeedPlans.ThuaThienHue2019;

        Assert.Equal(Goal.Top(10), plan.Targets[0].Goal);
        Assert.Equal(PublishedIndex.Par, plan.Targets[0].Indicator.Published);
        Assert.Equal(
            [Goal.Top(10), Goal.EqualTo(100m), Goal.EqualTo(100m), Goal.GreaterThan(80m), Goal.GreaterThan(80m), Goal.EqualTo(100m), Goal.AtLeast(50m), Goal.AtLeast(20m)],
            plan.Targets.Select(t => t.Goal));
        Assert.All(plan.Targets, t => Assert.Equal(Deadline.InYear(2019), t.Deadline));
    }

    [Fact]
    public void PhuTho_DocumentAndTargets()
    {
        var plan = SeedPlans.PhuTho2020;

        Assert.Equal("6112/KH-UBND", plan.DocumentNumber);
        Assert.Equal(PlanDocumentKind.Plan, plan.DocumentKind);
        Assert.Equal(new LocalDate(2019, 12, 31), plan.IssuedOn);
        // "trên 80% … cấp tỉnh, 60% … cấp huyện và 30% … cấp xã"; "100% … mức độ 2; trên 50% ở mức độ 3, tối thiểu 30% ở mức độ 4"; "trên 20%" twice.
        Assert.Equal(
            [Goal.EqualTo(100m), Goal.GreaterThan(80m), Goal.AtLeast(60m), Goal.AtLeast(30m), Goal.EqualTo(100m), Goal.GreaterThan(50m), Goal.AtLeast(30m),
             Goal.GreaterThan(20m), Goal.GreaterThan(20m), Goal.EqualTo(100m), Goal.AtLeast(60m), Goal.EqualTo(100m)],
            plan.Targets.Select(t => t.Goal));
        Assert.Equal([GovernmentLevels.Province, GovernmentLevels.District, GovernmentLevels.Commune], plan.Targets.Skip(1).Take(3).Select(t => t.Scope.Levels));
    }

    [Fact]
    public void KhanhHoa_AlternativeTarget_GroupTarget_AndTheSomHanAmbiguityKept()
    {
        var plan = SeedPlans.KhanhHoa2021;

        Assert.Equal(Goal.GreaterThan(81m), plan["kh-01"].Goal);
        Assert.Equal(Goal.InGroup("tốt"), plan["kh-02"].Goal);
        Assert.Equal(Goal.AtMost(2m), plan["kh-03"].Goal);
        Assert.Contains("sớm hạn", plan["kh-03"].Note!, System.StringComparison.Ordinal);
        Assert.Equal(8, plan["kh-03"].Scope.Sectors.Length);
        Assert.Equal(Goal.AtLeast(30m), plan["kh-06"].Goal);
        var alternative = Assert.Single(plan["kh-06"].Alternatives);
        Assert.Equal(Goal.AtLeast(50m), alternative.Goal);
        Assert.Equal("dossiers.online.published-procedures", alternative.Indicator.Id);
    }

    [Fact]
    public void GiaLai_Decision464_AllTargetsDueIn2015()
    {
        var plan = SeedPlans.GiaLai2011To2015;

        Assert.Equal("464/QĐ-UBND", plan.DocumentNumber);
        Assert.Equal(PlanDocumentKind.Decision, plan.DocumentKind);
        Assert.Null(plan.IssuedOn);   // the article does not give it
        Assert.All(plan.Targets, t => Assert.Equal(Deadline.InYear(2015), t.Deadline));
        Assert.Equal([100m, 100m, 100m, 30m, 60m, 100m, 100m], plan.Targets.Select(t => t.Goal.Threshold!.Value));
    }

    [Fact]
    public void ThuaThienHue_TopTen2019_HasNoDataInThePublishedRecord()
    {
        // The record's PAR 2019 rows hold ranks 1–5 (Quảng Ninh, Hà Nội, Đồng Tháp, Hải Phòng, Long An), 11, 15, 26, 44, 48
        // and 63, none of them Thừa Thiên Huế: ranks 6–10 are unknown, so the target can be neither met nor missed.
        Assert.DoesNotContain(PublishedRecord.Results(PublishedIndex.Par, 2019).Rows, r => r.Province.Name == "Thừa Thiên Huế");

        var evaluation = SeedPlans.ThuaThienHue2019.Evaluate([], Today).Single(e => e.Target.Id == "hue-01");

        Assert.Equal(TargetStatus.NoData, evaluation.Status);
        Assert.Null(evaluation.Value);
        Assert.Equal("no value of par-index for 2019 was reported, and the published PAR Index record has no rank for Thừa Thiên Huế in 2019", evaluation.Explanation);
    }

    [Fact]
    public void Explanation_SaysWhyNoPublicDataAnswers()
    {
        var phuYen = SeedPlans.PhuYen2011To2020.Evaluate([], Today);
        var khanhHoa = SeedPlans.KhanhHoa2021.Evaluate([], Today);

        Assert.Equal("no value of satisfaction.agencies for 2015 was reported, and the published SIPAS record has no value for Phú Yên in 2015 (SIPAS is measured nationwide only since 2017)",
            phuYen.Single(e => e.Target.Id == "py-03").Explanation);
        Assert.Equal("no value of pci.group for 2021 was reported, and no published index measures it", khanhHoa.Single(e => e.Target.Id == "kh-02").Explanation);
        Assert.Equal("no value of dossiers.online for 2021 was reported, and no published index measures it; "
            + "no value of dossiers.online.published-procedures for 2021 was reported, and no published index measures it", khanhHoa.Single(e => e.Target.Id == "kh-06").Explanation);
        Assert.Equal("satisfaction.agencies-and-public-service-units for 2021: 84.4% (PublishedRecord)", khanhHoa.Single(e => e.Target.Id == "kh-01").Explanation);
    }

    [Fact]
    public void ThuaThienHue_TopTen2019_MetWithAReportedRank()
    {
        var evaluation = SeedPlans.ThuaThienHue2019.Evaluate([ReportedValue.Rank("par-index", 2019, 7, "QĐ 330/QĐ-BNV")], Today).Single(e => e.Target.Id == "hue-01");

        Assert.Equal(TargetStatus.Met, evaluation.Status);
        Assert.Equal(3m, evaluation.Gap);   // 10 − 7 places to spare
    }

    [Fact]
    public void KhanhHoa_Satisfaction2021_MetByThePublishedSipas()
    {
        // sipas-provinces.csv: 2021, Khánh Hòa, 84.40, rank 56 (baokhanhhoa.vn); target "trên 81%": 84.40 − 81 = 3.40.
        var evaluation = SeedPlans.KhanhHoa2021.Evaluate([], Today).Single(e => e.Target.Id == "kh-01");

        Assert.Equal(TargetStatus.Met, evaluation.Status);
        Assert.Equal(3.40m, evaluation.Gap);
        Assert.Equal(ValueOrigin.PublishedRecord, evaluation.Value!.Origin);
        Assert.StartsWith("https://baokhanhhoa.vn/", evaluation.Value.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AllPlans_AgainstThePublishedRecordAlone_OnlyKhanhHoaSatisfactionIsDecided()
    {
        var decided = SeedPlans.All.SelectMany(p => p.Evaluate([], Today)).Where(e => e.Status != TargetStatus.NoData).Select(e => e.Target.Id);

        Assert.Equal(["kh-01"], decided);
    }

    [Fact]
    public void AllPlans_TargetsAnIndexCouldAnswer_AreTheSixLinkedOnes()
    {
        // PAR Index rank (Huế) and SIPAS-like satisfaction with administrative agencies (Phú Yên ×2, Huế, Khánh Hòa, Gia Lai).
        var linked = SeedPlans.All.SelectMany(p => p.Targets).Where(t => t.Indicator.Published is not null).Select(t => t.Id);

        Assert.Equal(["py-03", "py-15", "hue-01", "hue-05", "kh-01", "gl-05"], linked);
    }
}
