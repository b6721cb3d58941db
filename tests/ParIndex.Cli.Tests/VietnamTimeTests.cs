using NodaTime;
using NodaTime.Testing;

namespace ParIndex.Cli.Tests;

public class VietnamTimeTests
{
    [Theory]
    // Việt Nam is UTC+7 all year (no daylight saving since 1975): the day turns at 17:00 UTC.
    [InlineData("2021-12-31T16:59:59Z", "2021-12-31")]
    [InlineData("2021-12-31T17:00:00Z", "2022-01-01")]
    [InlineData("2021-12-31T20:00:00Z", "2022-01-01")] // 03:00 on 1 January in Hà Nội: UTC still says 31 December
    [InlineData("2022-06-30T23:30:00Z", "2022-07-01")]
    public void Today_IsTheCalendarDayInVietnam_NotInUtc(string instant, string day)
    {
        var clock = new FakeClock(NodaTime.Text.InstantPattern.General.Parse(instant).Value);

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value, VietnamTime.Today(clock));
    }

    [Fact]
    public void Zone_IsAsiaHoChiMinhAtUtcPlus7()
    {
        Assert.Equal("Asia/Ho_Chi_Minh", VietnamTime.Zone.Id);
        Assert.Equal(Offset.FromHours(7), VietnamTime.Zone.GetUtcOffset(Instant.FromUtc(2022, 1, 1, 0, 0)));
    }

    [Fact]
    public void Today_NullClock_Throws() =>
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => VietnamTime.Today(null!)).ParamName);
}
