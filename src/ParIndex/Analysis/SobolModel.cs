namespace ParIndex.Analysis;

/// <summary>A model whose sensitivity <see cref="SobolSensitivity"/> measures: the output for one point of k inputs,
/// each uniform in [0, 1). Called from several threads at once: it must be thread-safe and must not keep the span (mô hình).</summary>
/// <param name="point">The k inputs, in the order of the inputs' names.</param>
/// <returns>The output, a finite number.</returns>
internal delegate double SobolModel(ReadOnlySpan<double> point);
