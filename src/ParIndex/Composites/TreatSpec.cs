namespace ParIndex.Composites;

/// <summary>How a treat step treats one indicator (COINr's <c>Treat</c> specification): Winsorise up to
/// <see cref="Winmax"/> points while |skewness| ≥ <see cref="SkewThreshold"/> and kurtosis ≥
/// <see cref="KurtosisThreshold"/>, then <see cref="Then"/> on the original values if that is not enough: Box-Cox
/// with <see cref="Lambda"/>, the column first shifted to a minimum of 1 when <see cref="MakePositive"/> (COINr's
/// <c>boxcox</c> and its <c>makepos</c>, true by default). With <see cref="Combine"/> (COINr's <c>combine_treat</c>,
/// false by default) the transform is applied to the Winsorised column instead, so that the two treatments combine.</summary>
internal sealed record TreatSpec(int? Winmax, double SkewThreshold, double KurtosisThreshold, FallbackTransform Then, bool ForceWinsorise, double Lambda = 1, bool MakePositive = true, bool Combine = false)
{
    /// <summary>COINr's defaults (<c>Treat.data.frame</c>): winmax 5, skewness 2, kurtosis 3.5, then <c>log_CT</c>.</summary>
    internal static TreatSpec Default { get; } = new(5, 2, 3.5, FallbackTransform.LogCT, false);
}
