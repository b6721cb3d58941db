namespace ParIndex.Composites;

/// <summary>The transform a treat step falls back on when Winsorisation is not enough (COINr's <c>f2</c>), applied to
/// the original column.</summary>
internal enum FallbackTransform
{
    /// <summary>None: the Winsorised column is kept even if still skewed.</summary>
    None,

    /// <summary>COINr's <c>log_CT</c>: ln(x − min + 0.01·(max − min)).</summary>
    LogCT,

    /// <summary>COINr's <c>log_CT_plus</c>: as <see cref="LogCT"/> for positive skew, −ln(max + a − x) for negative skew.</summary>
    LogCTPlus,

    /// <summary>COINr's <c>boxcox</c> with a given λ (no optimisation): x′ = x − min + 1 when made positive, then
    /// (x′^λ − 1)/λ, or ln x′ when λ = 0.</summary>
    BoxCox,
}
