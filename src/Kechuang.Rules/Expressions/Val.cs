namespace Kechuang.Rules.Expressions;

public enum ValStatus : byte
{
    Known,
    Missing,
    DivisionByZero,
    Overflow,
}

/// <summary>
/// A value during evaluation, kept as a struct so a whole-city pass allocates nothing per firm. Booleans are 0/1
/// and dates day numbers. When not known, Reason says why: the missing fact slot, or which operation (index into
/// <see cref="Compiler.Operations"/>) divided by zero or overflowed.
/// </summary>
public readonly record struct Val(decimal Number, ValStatus Status, int Reason)
{
    public static readonly Val True = new(1, ValStatus.Known, 0);
    public static readonly Val False = new(0, ValStatus.Known, 0);

    public bool IsKnown => Status == ValStatus.Known;

    public bool IsTrue => Status == ValStatus.Known && Number != 0;

    public bool IsFalse => Status == ValStatus.Known && Number == 0;

    public static Val Of(decimal number) => new(number, ValStatus.Known, 0);

    public static Val Of(bool value) => value ? True : False;
}

/// <summary>A compiled expression: reads a firm's fact sheet, never runs anything but the rule's own operators.</summary>
public delegate Val Eval(Facts.FactSheet facts);
