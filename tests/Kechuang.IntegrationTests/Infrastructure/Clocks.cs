namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>A clock stopped at one instant, for code that takes a <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>09:00 Beijing time on <paramref name="date"/>.</summary>
    public static FixedClock AtBeijing(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>Waits for a condition (polling), never for a fixed time; fails with a description when the time runs out.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}. {diagnostics?.Invoke()}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
