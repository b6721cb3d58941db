namespace ParIndex.Analysis;

/// <summary>SplitMix64 (Steele, Lea and Flood 2014) seeded from a seed and a stream's number (a run, a sample row): each
/// stream's draws are its own, so results do not depend on the order or the thread streams are drawn in.</summary>
/// <remarks>A stream starts at a scrambled point of the generator's 2⁶⁴ cycle. Starting stream s at seed ^ (s + 1) × γ
/// (γ the generator's own increment) would make stream s + 1 repeat stream s one draw later: runs and sample rows would
/// be correlated.</remarks>
internal struct SplitMix(ulong seed, long stream)
{
    private ulong _state = Mix(seed ^ Mix((ulong)stream + 0xD1B54A32D192ED03UL));
    private double? _spare;

    /// <summary>A uniform draw in [0, 1), with 53 random bits.</summary>
    internal double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform whole number in [0, <paramref name="count"/>).</summary>
    internal int NextInt(int count) => (int)((Next() >> 33) * (ulong)count >> 31);

    // Box–Muller; the second normal of each pair is kept for the next call.
    internal double NextNormal()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return spare;
        }
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = radius * Math.Sin(2 * Math.PI * u2);
        return radius * Math.Cos(2 * Math.PI * u2);
    }

    private ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
