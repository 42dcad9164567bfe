using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

using Kechuang.Rules.Expressions;

namespace Kechuang.Rules.Facts;

/// <summary>
/// One enterprise's facts for one evaluation year, held in flat arrays so that a compiled rule set reads
/// them by slot. Booleans are stored as 0/1 and dates as day numbers; an unset slot is missing data.
/// </summary>
/// <remarks>
/// A whole-city pass reads a few facts of each of 100,000 sheets per rule set, so it is bound by memory traffic, and
/// the storage is made small: one uint array holding a bit per fact saying whether it is set, a bit per boolean fact for
/// its value, then one uint per number — sign, scale (0–14) and a mantissa below 2^27, which holds realistic figures
/// (万元 to one decimal, head counts, day numbers) exactly, scale included. A number that does not fit is kept in a side
/// array. Numbers are stored in <see cref="Position"/> order — non-annual numbers, then every fact of y-1, then
/// y-2 … y-5, then y — rather than in slot order, so the figures rules read most share a cache line or two with the bits.
/// Slot numbers (and with them explanations and reasons) are unchanged.
/// </remarks>
public sealed class FactSheet
{
    private const int MantissaBits = 27;
    private const uint MantissaMask = (1u << MantissaBits) - 1;
    private const int Spilled = 15; // the scale field's marker: the number is in spilled[position]

    private static readonly int[] Positions = BuildPositions(out NumberCount);
    private static readonly int NumberCount;
    private static readonly int KnownWords = (FactCatalog.SlotCount + 31) / 32;
    private static readonly int FlagWords = (FactCatalog.SlotCount - NumberCount + 31) / 32;
    private static readonly int ValuesStart = KnownWords + FlagWords;

    private readonly uint[] data = new uint[ValuesStart + NumberCount];
    private decimal[]? spilled;

    public FactSheet(int evaluationYear) => EvaluationYear = evaluationYear;

    /// <summary>The year y in rules such as revenue[y-1].</summary>
    public int EvaluationYear { get; }

    internal bool IsKnown(int slot) => KnownAt(this, Positions[slot]);

    internal decimal Read(int slot)
    {
        var position = Positions[slot];
        return position >= NumberCount ? (FlagAt(this, position) ? 1 : 0) : ValueAt(this, position);
    }

    /// <summary>Where a slot is stored (for compiled rule sets, which read by position): numbers below
    /// <see cref="NumberCount"/> (<see cref="ValueAt"/>), booleans from it on (<see cref="FlagAt"/>).</summary>
    internal static int Position(int slot) => Positions[slot];

    /// <summary>
    /// Asks the processor to bring a sheet into cache ahead of use: a hint that never faults, so it takes the object's
    /// address without reading it (the data array is allocated right after the object, so the lines after it hold the
    /// bits and the non-annual and y-1 figures).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Prefetch(FactSheet f)
    {
        if (Sse.IsSupported)
        {
            var address = (byte*)Unsafe.As<FactSheet, nint>(ref f);
            Sse.Prefetch0(address);
            Sse.Prefetch0(address + 64);
            Sse.Prefetch0(address + 128);
        }
    }

    /// <summary>IsKnown by position without bounds checks, for compiled rule sets; position must be in [0, FactCatalog.SlotCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KnownAt(FactSheet f, int position) =>
        (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.data), position >> 5) & (1u << position)) != 0;

    /// <summary>A boolean fact's value by position without bounds checks; position of a boolean fact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FlagAt(FactSheet f, int position)
    {
        var bit = position - NumberCount;
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.data), KnownWords + (bit >> 5)) & (1u << bit)) != 0;
    }

    /// <summary>A number by position without bounds checks, for compiled rule sets; position in [0, NumberCount).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ValueAt(FactSheet f, int position)
    {
        var packed = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.data), ValuesStart + position);
        var scale = (int)(packed >> MantissaBits) & 0xF;
        if (scale == Spilled)
        {
            return f.spilled![position];
        }

        return DecimalBits.LayoutKnown
            ? DecimalBits.ToDecimal(new DecimalBits((int)(packed & 0x8000_0000) | (scale << 16), 0, packed & MantissaMask))
            : new decimal((int)(packed & MantissaMask), 0, 0, (int)packed < 0, (byte)scale);
    }

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

        var position = Positions[FactCatalog.SlotOf(fact, yearsBack)];
        data[position >> 5] |= 1u << position;
        if (position >= NumberCount)
        {
            var bit = position - NumberCount;
            data[KnownWords + (bit >> 5)] = value != 0 ? data[KnownWords + (bit >> 5)] | (1u << bit) : data[KnownWords + (bit >> 5)] & ~(1u << bit);
            return this;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = value.Scale;
        if (bits[2] == 0 && bits[1] == 0 && (uint)bits[0] <= MantissaMask && scale < Spilled)
        {
            data[ValuesStart + position] = (bits[3] < 0 ? 0x8000_0000 : 0) | ((uint)scale << MantissaBits) | (uint)bits[0];
        }
        else
        {
            (spilled ??= new decimal[NumberCount])[position] = value;
            data[ValuesStart + position] = (uint)Spilled << MantissaBits;
        }

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

    /// <summary>Non-annual numbers first, then annual facts year by year (y-1, y-2, …, y-5, y), then booleans.</summary>
    private static int[] BuildPositions(out int numberCount)
    {
        var positions = new int[FactCatalog.SlotCount];
        var next = 0;
        foreach (var fact in FactCatalog.All.Where(f => !f.Annual && f.Type != FactType.Boolean))
        {
            positions[FactCatalog.SlotOf(fact.Name, 0)] = next++;
        }

        foreach (var back in Enumerable.Range(1, FactCatalog.YearsKept - 1).Append(0))
        {
            foreach (var fact in FactCatalog.All.Where(f => f.Annual))
            {
                positions[FactCatalog.SlotOf(fact.Name, back)] = next++;
            }
        }

        numberCount = next;
        foreach (var fact in FactCatalog.All.Where(f => !f.Annual && f.Type == FactType.Boolean))
        {
            positions[FactCatalog.SlotOf(fact.Name, 0)] = next++;
        }

        return positions;
    }
}
