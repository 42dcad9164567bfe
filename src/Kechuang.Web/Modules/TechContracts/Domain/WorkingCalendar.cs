namespace Kechuang.Web.Modules.TechContracts.Domain;

/// <summary>
/// Working days for the registry's time limits (15 working days, 30 with expert review). Saturdays and Sundays are
/// rest days; <see cref="TechContractOptions.Holidays"/> adds the State Council's public holidays and
/// <see cref="TechContractOptions.Workdays"/> the weekend days worked in exchange (调休上班), both as dates the bureau keeps
/// in configuration each year — the yearly notice is published in November, so it is data, not code.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? workdays = null)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays ?? []];
    private readonly HashSet<DateOnly> _workdays = [.. workdays ?? []];

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The day on which <paramref name="workingDays"/> working days after <paramref name="from"/> end; the day of
    /// <paramref name="from"/> itself is not counted (a contract submitted on Monday with 1 working day is due Tuesday).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when to ≤ from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>Settings under <c>TechContracts</c> (appsettings or environment, e.g. <c>TechContracts__Holidays__0=2026-10-01</c>).</summary>
public sealed class TechContractOptions
{
    /// <summary>认定登记 time limit in working days (技术合同认定登记管理办法: 15).</summary>
    public int DecisionWorkingDays { get; set; } = 15;

    /// <summary>Time limit when the contract goes to expert review (30).</summary>
    public int ExpertReviewWorkingDays { get; set; } = 30;

    /// <summary>成交额 (万元) from which a contract goes to expert review (500).</summary>
    public decimal ExpertReviewThreshold { get; set; } = 500m;

    /// <summary>Working days before the due date from which staff are reminded (3).</summary>
    public int ReminderWorkingDays { get; set; } = 3;

    /// <summary>法定节假日 (rest days on weekdays), yyyy-MM-dd.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>调休上班 (working weekend days), yyyy-MM-dd.</summary>
    public List<DateOnly> Workdays { get; set; } = [];

    public WorkingCalendar Calendar() => new(Holidays, Workdays);
}
