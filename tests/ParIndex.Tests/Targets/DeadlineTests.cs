namespace ParIndex.Tests.Targets;

public class DeadlineTests
{
    private static readonly PlanPhase Phase1 = new("giai đoạn 1", 2011, 2015);

    [Fact]
    public void InYear_IsDueOnTheLastDayOfTheYear()
    {
        var deadline = Deadline.InYear(2020);

        Assert.Equal(DeadlineKind.Year, deadline.Kind);
        Assert.Equal(new LocalDate(2020, 12, 31), deadline.Due);
        Assert.False(deadline.IsDueOn(new LocalDate(2020, 12, 30)));
        Assert.True(deadline.IsDueOn(new LocalDate(2020, 12, 31)));
        Assert.Equal("2020", deadline.ToString());
    }

    [Fact]
    public void On_IsDueOnTheDate_AndMeasuredByItsYear()
    {
        var deadline = Deadline.On(new LocalDate(2013, 6, 30));

        Assert.Equal(2013, deadline.Year);
        Assert.True(deadline.IsDueOn(new LocalDate(2013, 6, 30)));
        Assert.False(deadline.IsDueOn(new LocalDate(2013, 6, 29)));
        Assert.Equal("2013-06-30", deadline.ToString());
    }

    [Fact]
    public void EndOf_Phase_IsDueAtTheEndOfItsLastYear()
    {
        var deadline = Deadline.EndOf(Phase1);

        Assert.Equal(DeadlineKind.Phase, deadline.Kind);
        Assert.Equal(2015, deadline.Year);
        Assert.Equal(new LocalDate(2015, 12, 31), deadline.Due);
        Assert.Same(Phase1, deadline.Phase);
        Assert.Equal("giai đoạn 1 (2011–2015)", deadline.ToString());
    }

    [Fact]
    public void InYear_OutOfRange_Throws() =>
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.InYear(10000)).ParamName);

    [Fact]
    public void EndOf_Null_Throws() =>
        Assert.Equal("phase", Assert.Throws<ArgumentNullException>(() => Deadline.EndOf(null!)).ParamName);

    [Fact]
    public void Equals_ByValue()
    {
        Assert.Equal(Deadline.InYear(2019), Deadline.InYear(2019));
        Assert.Equal(Deadline.EndOf(Phase1), Deadline.EndOf(new PlanPhase("giai đoạn 1", 2011, 2015)));
        Assert.NotEqual(Deadline.InYear(2015), Deadline.EndOf(Phase1));
        Assert.NotEqual(Deadline.InYear(2013), Deadline.On(new LocalDate(2013, 12, 31)));
    }
}
