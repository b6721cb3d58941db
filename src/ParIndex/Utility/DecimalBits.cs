using System;

namespace ParIndex.Utility;

/// <summary>The parts of a decimal — sign and scale flags, high 32 bits, low 64 bits of the mantissa — read without
/// allocating, into an inline buffer rather than a stackalloc (whose stack-guard checks cost more than the read on the
/// scorer's hot path).</summary>
internal readonly struct DecimalBits
{
    internal DecimalBits(decimal value)
    {
        Buffer4 buffer = default;
        decimal.GetBits(value, buffer);
        Low = (uint)buffer[0] | ((ulong)(uint)buffer[1] << 32);
        High = (uint)buffer[2];
        Flags = buffer[3];
    }

    internal ulong Low { get; }

    internal uint High { get; }

    internal int Flags { get; }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Buffer4
    {
        private int _element;
    }
}
