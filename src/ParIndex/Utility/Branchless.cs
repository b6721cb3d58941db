using System.Runtime.CompilerServices;

namespace ParIndex.Utility;

/// <summary>A condition as a number, for choosing between values without a branch: the compiler makes a conditional
/// expression inside a loop a branch, and where the reported values decide it the processor's predictor misses about
/// one time in two.</summary>
internal static class Branchless
{
    /// <summary>1 when the condition holds, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);

    /// <summary>All ones (−1) when the condition holds, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Mask(bool condition) => -(long)Unsafe.BitCast<bool, byte>(condition);
}
