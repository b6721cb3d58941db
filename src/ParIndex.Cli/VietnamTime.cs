using NodaTime;

namespace ParIndex.Cli;

/// <summary>
/// The calendar day in Việt Nam (giờ Việt Nam, UTC+7, time zone <c>Asia/Ho_Chi_Minh</c> of the IANA time zone database
/// that NodaTime embeds): the day against which deadlines and targets not yet due are judged.
/// </summary>
/// <remarks>
/// "Today" is a local notion: the date of the UTC instant is yesterday's date in Việt Nam from 00:00 to 07:00 every day,
/// and last year's on the morning of 1 January. Pass the clock in (<see cref="SystemClock.Instance"/> in an application,
/// a fake clock in tests) so that the day is never read from the machine's own time zone or from UTC by accident. The
/// tool's default day for <c>targets --as-of</c>; the library takes the day as a parameter and never reads a clock.
/// </remarks>
internal static class VietnamTime
{
    /// <summary>Gets the time zone of Việt Nam, <c>Asia/Ho_Chi_Minh</c>, from NodaTime's embedded tz database.</summary>
    internal static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>Gets the calendar day in Việt Nam at the clock's current instant.</summary>
    /// <param name="clock">The clock: <see cref="SystemClock.Instance"/>, or a fake one in tests.</param>
    /// <returns>The date in <see cref="Zone"/>, ISO calendar.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="clock"/> is null.</exception>
    internal static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }
}
