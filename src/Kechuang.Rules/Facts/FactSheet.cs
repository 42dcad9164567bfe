using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kechuang.Rules.Facts;

/// <summary>
/// One enterprise's facts for one evaluation year, held in flat arrays so that a compiled rule set reads
/// them by slot. Booleans are stored as 0/1 and dates as day numbers; an unset slot is missing data.
/// </summary>
public sealed class FactSheet
{
    private readonly decimal[] values = new decimal[FactCatalog.SlotCount];

    // One bit per slot: which slots are set. Both arrays have fixed lengths, so compiled rule sets whose slots were
    // checked against FactCatalog.SlotCount at compile time read them without bounds checks (KnownAt / ValueAt).
    private readonly ulong[] known = new ulong[(FactCatalog.SlotCount + 63) / 64];

    public FactSheet(int evaluationYear) => EvaluationYear = evaluationYear;

    /// <summary>The year y in rules such as revenue[y-1].</summary>
    public int EvaluationYear { get; }

    internal bool IsKnown(int slot) => (known[slot >> 6] & (1UL << slot)) != 0;

    internal decimal Read(int slot) => values[slot];

    /// <summary>IsKnown without bounds checks, for compiled rule sets; slot must be in [0, FactCatalog.SlotCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KnownAt(FactSheet f, int slot) =>
        (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.known), slot >> 6) & (1UL << slot)) != 0;

    /// <summary>Read without bounds checks, for compiled rule sets; slot must be in [0, FactCatalog.SlotCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ValueAt(FactSheet f, int slot) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.values), slot);

    /// <summary>Sets an annual figure for a calendar year (money in 万元).</summary>
    public FactSheet SetYear(string fact, int year, decimal value) => Set(Checked(fact, FactType.Number, annual: true), EvaluationYear - year, value);

    public FactSheet Set(string fact, decimal value) => Set(Checked(fact, FactType.Number, annual: false), 0, value);

    public FactSheet Set(string fact, bool value) => Set(Checked(fact, FactType.Boolean, annual: false), 0, value ? 1 : 0);

    public FactSheet Set(string fact, DateOnly value) => Set(Checked(fact, FactType.Date, annual: false), 0, value.DayNumber);

    private FactSheet Set(string fact, int yearsBack, decimal value)
    {
        if (yearsBack is < 0 or >= FactCatalog.YearsKept)
        {
            throw new ArgumentOutOfRangeException(nameof(yearsBack), $"{fact} 只保存评价年度及之前 {FactCatalog.YearsKept - 1} 年的数据");
        }

        var slot = FactCatalog.SlotOf(fact, yearsBack);
        values[slot] = value;
        known[slot >> 6] |= 1UL << slot;
        return this;
    }

    private static string Checked(string fact, FactType type, bool annual)
    {
        var definition = FactCatalog.Find(fact) ?? throw new ArgumentException($"未知的事实名称 “{fact}”", nameof(fact));
        if (definition.Type != type || definition.Annual != annual)
        {
            throw new ArgumentException($"事实 “{fact}” 的类型是 {definition.Type}{(definition.Annual ? "（按年度）" : "")}", nameof(fact));
        }

        return fact;
    }
}
