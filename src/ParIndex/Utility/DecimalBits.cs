using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParIndex.Utility;

/// <summary>The parts of a decimal — sign and scale flags, high 32 bits, low 64 bits of the mantissa.</summary>
/// <remarks>
/// The scorer converts every leaf's points, so this is on the hot path, where <see cref="decimal.GetBits(decimal, System.Span{int})"/>
/// cost about 20 ns a value. It reads the fields in place when the runtime's layout is the known one (flags, high,
/// low, as in .NET since Core 3.0 — checked once at start-up against <see cref="decimal.GetBits(decimal)"/>), and falls back to
/// <see cref="decimal.GetBits(decimal)"/> otherwise.
/// </remarks>
internal readonly struct DecimalBits
{
    private static readonly bool LayoutIsKnown = CheckLayout();

    internal DecimalBits(in decimal value)
    {
        if (LayoutIsKnown)
        {
            ref readonly var raw = ref Unsafe.As<decimal, Raw>(ref Unsafe.AsRef(in value));
            Flags = raw.Flags;
            High = raw.High;
            Low = raw.Low;
        }
        else
        {
            var bits = decimal.GetBits(value);
            Low = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            High = (uint)bits[2];
            Flags = bits[3];
        }
    }

    internal ulong Low { get; }

    /// <summary>The decimal these are the parts of.</summary>
    internal decimal ToDecimal() => new((int)(uint)Low, (int)(uint)(Low >> 32), (int)High, Flags < 0, (byte)Scale);

    /// <summary>Tells whether a value is a whole number, without decimal arithmetic when it carries no decimal places.</summary>
    internal static bool IsWhole(in decimal value) => new DecimalBits(in value).Scale == 0 || IsWholeWithDecimals(value);

    // Apart, not inlined: its decimal calls would take registers from the scorer's loops, where counts have no decimals.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsWholeWithDecimals(decimal value) => decimal.Truncate(value) == value;

    /// <summary>Powers of ten from 10⁰ to 10¹⁸, for scaling mantissas.</summary>
    internal static ulong[] PowersOfTen { get; } = MakePowers();

    internal uint High { get; }

    internal int Flags { get; }

    /// <summary>Gets the number of decimal places, 0–28.</summary>
    internal int Scale => (Flags >> 16) & 0xFF;

    private static ulong[] MakePowers()
    {
        var powers = new ulong[19];
        powers[0] = 1;
        for (var e = 1; e < powers.Length; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }
        return powers;
    }

    private static bool CheckLayout()
    {
        var probe = new decimal(unchecked((int)0x89ABCDEF), 0x01234567, 0x7654321, isNegative: true, scale: 7);
        var bits = decimal.GetBits(probe);
        ref readonly var raw = ref Unsafe.As<decimal, Raw>(ref Unsafe.AsRef(in probe));
        return raw.Flags == bits[3] && raw.High == (uint)bits[2] && raw.Low == ((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Raw
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
}
