namespace ParIndex.Tests.Rules;

public class TimelinessRuleTests
{
    // Due 31 March of the assessment year; 1 on time, 0.5 late, 0 not done.
    private static readonly TimelinessRule Rule = new(new AnnualDate(3, 31), 0, 1m, 0.5m);

    [Fact]
    public void Evaluate_OnTheDueDate_IsOnTime() =>
        Assert.Equal(1m, RuleAssert.Points(Rule, IndicatorValue.Completed(new LocalDate(2023, 3, 31)), 1m));

    [Fact]
    public void Evaluate_DayAfter_IsLate() =>
        Assert.Equal(0.5m, RuleAssert.Points(Rule, IndicatorValue.Completed(new LocalDate(2023, 4, 1)), 1m));

    [Fact]
    public void Evaluate_NotDone_ScoresNotDonePoints() =>
        Assert.Equal(0m, RuleAssert.Points(Rule, IndicatorValue.NotCompleted, 1m));

    [Theory]
    [InlineData(2022, 2023, 2, 28, 1)] // due 29 February 2023, the 28th in a common year: on time
    [InlineData(2022, 2023, 3, 1, 0.5)] // the day after: late
    [InlineData(2023, 2024, 2, 29, 1)] // a leap year keeps the 29th
    [InlineData(2023, 2024, 3, 1, 0.5)]
    [InlineData(2023, 2023, 12, 31, 1)] // the year before the due year: on time
    [InlineData(2023, 2025, 1, 1, 0.5)] // the year after it: late
    public void Evaluate_DueOn29FebruaryOfTheNextYear_FollowsTheYear(int assessmentYear, int year, int month, int day, double expected)
    {
        var rule = new TimelinessRule(new AnnualDate(2, 29), 1, 1m, 0.5m);
        Assert.Equal((decimal)expected, RuleAssert.Points(rule, IndicatorValue.Completed(new LocalDate(year, month, day)), 1m, assessmentYear));
    }

    [Theory]
    [InlineData(3, 15, 3, 15, 1)] // due 15 March 2023, done that day: on time
    [InlineData(3, 15, 3, 16, 0.5)] // the next day, in the same month: late
    [InlineData(4, 29, 4, 29, 1)] // 29 April stays the 29th in a common year; only 29 February becomes the 28th
    [InlineData(2, 15, 2, 20, 0.5)] // 15 February stays the 15th in a common year
    public void Evaluate_DueDateInACommonYear_ComparesDayByDay(int dueMonth, int dueDay, int month, int day, double expected)
    {
        var rule = new TimelinessRule(new AnnualDate(dueMonth, dueDay), 0, 1m, 0.5m);
        Assert.Equal((decimal)expected, RuleAssert.Points(rule, IndicatorValue.Completed(new LocalDate(2023, month, day)), 1m, 2023));
    }

    [Property(MaxTest = 1000)]
    public Property Evaluate_AnyDate_IsOnTimeUpToTheDueDate() =>
        Prop.ForAll(
            Arb.From(
                from month in Gen.Choose(1, 12)
                from day in Gen.Choose(1, 31)
                from offset in Gen.Choose(-2, 2)
                from year in Gen.Choose(1996, 2031) // leap and common years
                from days in Gen.Choose(-400, 400)
                where day <= CalendarSystem.Iso.GetDaysInMonth(2024, month) // 29 February included
                select (Due: new AnnualDate(month, day), Offset: offset, Year: year, Days: days)),
            c =>
            {
                // On time when done on or before the due date that NodaTime makes (29 February is the 28th in a common
                // year), for completions a year or so either side of it.
                var due = c.Due.InYear(c.Year + c.Offset);
                var done = due.PlusDays(c.Days);
                var rule = new TimelinessRule(c.Due, c.Offset, 1m, 0.5m);
                return RuleAssert.Points(rule, IndicatorValue.Completed(done), 1m, c.Year) == (done <= due ? 1m : 0.5m);
            });

    [Fact]
    public void Evaluate_AValueOfAnotherKind_HasNoDateAndIsNotDone()
    {
        // A completion keeps its date as a number beside the value; a percentage's number is no date.
        var outcome = Rule.Evaluate(IndicatorValue.Percent(50m), new RuleContext(1m, 2023));
        Assert.Equal((0m, 2), (outcome.Points, outcome.Step));
    }

    [Fact]
    public void Evaluate_ACompletionGivenToABandRule_IsTheNumberZero()
    {
        // A completion's number is 0, whatever its date: at most 0 scores 1, above it 0.5.
        var rule = BandRule.ForPercent(Band.AtMost(0m, 1m), Band.Above(0m, 0.5m));
        Assert.Equal(1m, rule.Evaluate(IndicatorValue.Completed(new LocalDate(2023, 3, 31)), new RuleContext(1m, 2023)).Points);
        Assert.Equal(1m, rule.Evaluate(IndicatorValue.NotCompleted, new RuleContext(1m, 2023)).Points);
        Assert.Equal(0.5m, rule.Evaluate(IndicatorValue.Percent(0.01m), new RuleContext(1m, 2023)).Points);
    }

    [Fact]
    public void Evaluate_DateOfAnotherCalendar_IsRefusedByNodaTime() =>
        // 31 March 2023 of the Julian calendar against the ISO due date: NodaTime compares no dates of two calendars.
        Assert.Throws<System.ArgumentException>(() => Rule.Evaluate(IndicatorValue.Completed(new LocalDate(2023, 3, 31, CalendarSystem.Julian)), new RuleContext(1m, 2023)));

    [Theory]
    [InlineData(9999, 1, 1)] // due year 10,000, past the ISO calendar's end: on time, whatever the date's calendar
    [InlineData(-9998, -1, 0.5)] // due year −9,999, before its start: late
    public void Evaluate_DateOfAnotherCalendarDueOutsideTheCalendar_IsNotCompared(int assessmentYear, int offset, double expected)
    {
        var rule = new TimelinessRule(new AnnualDate(3, 31), offset, 1m, 0.5m);
        var value = IndicatorValue.Completed(new LocalDate(2023, 3, 31, CalendarSystem.Julian));
        Assert.Equal((decimal)expected, rule.Evaluate(value, new RuleContext(1m, assessmentYear)).Points);
    }

    [Fact]
    public void DueDate_FollowsTheAssessmentYearAndOffset()
    {
        var previousYearEnd = new TimelinessRule(new AnnualDate(12, 31), -1, 1m, 0.5m);
        Assert.Equal(new LocalDate(2022, 12, 31), previousYearEnd.DueDate(2023));
        Assert.Equal(new LocalDate(2023, 2, 28), new TimelinessRule(new AnnualDate(2, 29), 0, 1m, 0m).DueDate(2023));
    }

    [Fact]
    public void Explain_SaysLevelAndDueDate()
    {
        Assert.Equal("completed 2023-04-02, due 2023-03-31: late → 0.5 of 1", RuleAssert.Explain(Rule, IndicatorValue.Completed(new LocalDate(2023, 4, 2)), 1m).Explanation);
    }

    [Theory]
    [InlineData(9999, 3, 31, "on time")] // the calendar's last year: its dates are compared, not all on time
    [InlineData(9999, 4, 1, "late")]
    [InlineData(-9998, 3, 31, "on time")] // its first year: its dates are compared, not all late
    [InlineData(-9998, 4, 1, "late")]
    public void Evaluate_InTheCalendarsFirstAndLastYears_ComparesTheDates(int year, int month, int day, string level)
    {
        var rule = new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 0.5m);
        var value = IndicatorValue.Completed(new LocalDate(year, month, day));
        var context = new RuleContext(1m, year);
        var outcome = rule.Evaluate(value, context);
        var due = year < 0 ? "-9998-03-31" : "9999-03-31"; // the due date is a date of the calendar, written as one
        Assert.Equal((level == "on time" ? 1m : 0.5m, level == "on time" ? 0 : 1), (outcome.Points, outcome.Step));
        Assert.Equal(System.FormattableString.Invariant($"{value}, due {due}: {level} → {outcome.Points} of 1"), rule.Explain(value, outcome, context));
    }

    [Fact]
    public void Validate_PointsRisingTowardsNotDone_IsInvalid() =>
        Assert.Equal(
            ["InvalidRule: timeliness points must not rise from on time to late to not done"],
            RuleAssert.Problems(new TimelinessRule(new AnnualDate(3, 31), 0, 0.5m, 1m), 1m));

    [Theory]
    [InlineData(2024)] // the year typed where the offset goes: due 15 January 4047
    [InlineData(8000)] // due in year 10023, past the ISO calendar's 9999
    [InlineData(-3)]
    [InlineData(int.MinValue)]
    public void Validate_YearOffsetOutsideMinus2To2_IsOutOfRange(int offset) =>
        Assert.Equal(
            [System.FormattableString.Invariant($"ValueOutOfRange: due year offset {offset} is outside -2 to 2: it counts years after the assessment year (1 = the next year), it is not a year")],
            RuleAssert.Problems(new TimelinessRule(new AnnualDate(1, 15), offset, 1m, 0.5m), 1m));

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Validate_YearOffsetAtTheEdges_IsValid(int offset) =>
        Assert.Empty(RuleAssert.Problems(new TimelinessRule(new AnnualDate(1, 15), offset, 1m, 0.5m), 1m));

    [Fact]
    public void Evaluate_OffsetOneAsMeant_ReportDueOn15JanuaryOfTheNextYear()
    {
        // "chậm nhất ngày 15/01 năm sau", assessment year 2023: due 2024-01-15. Done that day → on time, 1 point;
        // done 2024-03-31, two and a half months late → 0.5.
        var rule = new TimelinessRule(new AnnualDate(1, 15), 1, 1m, 0.5m);

        Assert.Equal(1m, RuleAssert.Points(rule, IndicatorValue.Completed(new LocalDate(2024, 1, 15)), 1m));
        Assert.Equal(0.5m, RuleAssert.Points(rule, IndicatorValue.Completed(new LocalDate(2024, 3, 31)), 1m));
    }

    [Theory]
    // An assessment year of 9999 and an offset of 1: the due year 10000 is after every date the calendar has.
    [InlineData(9999, 1, 9999, 12, 31, 1.0, "completed 9999-12-31, due 01-15 of 10000, outside the calendar: on time → 1 of 1")]
    // Assessment year 1 and an offset of −10,000 (validation refuses it, the rule alone holds it): the due year −9999 is
    // before the ISO calendar's first year, −9998, so every completion is late.
    [InlineData(1, -10_000, 1, 1, 1, 0.5, "completed 0001-01-01, due 01-15 of -9999, outside the calendar: late → 0.5 of 1")]
    public void Evaluate_DueYearOutsideTheCalendar_IsOnTimeOrLateWithoutThrowing(int assessmentYear, int offset, int year, int month, int day, double points, string explanation)
    {
        var rule = new TimelinessRule(new AnnualDate(1, 15), offset, 1m, 0.5m);
        var value = IndicatorValue.Completed(new LocalDate(year, month, day));

        Assert.Equal((decimal)points, rule.Evaluate(value, new RuleContext(1m, assessmentYear)).Points);
        Assert.Equal(explanation, RuleAssert.Explain(rule, value, 1m, assessmentYear).Explanation);
    }

    [Fact]
    public void Evaluate_StepsAreOnTimeLateNotDone()
    {
        var context = new RuleContext(1m, 2023);
        Assert.Equal(0, Rule.Evaluate(IndicatorValue.Completed(new LocalDate(2023, 3, 31)), context).Step);
        Assert.Equal(1, Rule.Evaluate(IndicatorValue.Completed(new LocalDate(2023, 4, 1)), context).Step);
        Assert.Equal(2, Rule.Evaluate(IndicatorValue.NotCompleted, context).Step);
    }

    [Theory]
    [InlineData(0, "by 03-31 of the assessment year: 1; late: 0.5; not done: 0")]
    [InlineData(-1, "by 03-31 of the assessment year − 1: 1; late: 0.5; not done: 0")]
    [InlineData(-2, "by 03-31 of the assessment year − 2: 1; late: 0.5; not done: 0")]
    [InlineData(1, "by 03-31 of the assessment year + 1: 1; late: 0.5; not done: 0")]
    [InlineData(2, "by 03-31 of the assessment year + 2: 1; late: 0.5; not done: 0")]
    public void Describe_SaysTheDueDateItsYearAndThePoints(int offset, string expected) =>
        Assert.Equal(expected, new TimelinessRule(new AnnualDate(3, 31), offset, 1m, 0.5m).Describe());

    [Fact]
    public void Explain_OnTimeAndNotDone_SayTheirLevel()
    {
        Assert.Equal("completed 2023-03-01, due 2023-03-31: on time → 1 of 1", RuleAssert.Explain(Rule, IndicatorValue.Completed(new LocalDate(2023, 3, 1)), 1m).Explanation);
        Assert.Equal("not completed, due 2023-03-31: not done → 0 of 1", RuleAssert.Explain(Rule, IndicatorValue.NotCompleted, 1m).Explanation);
    }

    [Fact]
    public void Validate_EqualPointsAtEveryLevel_AreValid() =>
        Assert.Empty(RuleAssert.Problems(new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 1m, 1m), 1m));

    [Fact]
    public void Validate_NotDoneAboveLate_IsInvalid() =>
        // On time 1 ≥ late 0, but late 0 < not done 0.5.
        Assert.Equal(
            ["InvalidRule: timeliness points must not rise from on time to late to not done"],
            RuleAssert.Problems(new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 0m, 0.5m), 1m));

    [Fact]
    public void Validate_PointsOutsideTheMaximum_AreNamed() =>
        Assert.Equal(
            [
                "InvalidRule: on time gives 2 points, outside [0, 1]",
                "InvalidRule: late gives 1.5 points, outside [0, 1]",
                "InvalidRule: not done gives -1 points, outside [0, 1]",
            ],
            RuleAssert.Problems(new TimelinessRule(new AnnualDate(3, 31), 0, 2m, 1.5m, -1m), 1m));

    [Fact]
    public void Equals_NeedsTheDueDateItsYearAndEveryPoints() =>
        RuleAssert.Equality(
            Rule,
            new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 0.5m),
            new TimelinessRule(new AnnualDate(3, 30), 0, 1m, 0.5m),
            new TimelinessRule(new AnnualDate(3, 31), 1, 1m, 0.5m),
            new TimelinessRule(new AnnualDate(3, 31), 0, 0.75m, 0.5m),
            new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 0.25m),
            new TimelinessRule(new AnnualDate(3, 31), 0, 1m, 0.5m, 0.25m));
}
