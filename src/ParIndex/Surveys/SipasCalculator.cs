using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Utility;

namespace ParIndex.Surveys;

/// <summary>
/// Computes SIPAS figures from survey responses in one streaming pass (tính chỉ số hài lòng): per question the share
/// satisfied, per element, service, policy and overall index, per province and nationally, with intervals.
/// </summary>
/// <remarks>
/// Memory is independent of the number of responses (see <see cref="SurveyTally"/>); the input is enumerated once.
/// Every step the sources leave open is an option of <see cref="SipasOptions"/>. Thread-safe (each call has its own tally).
/// </remarks>
public static class SipasCalculator
{
    /// <summary>Computes the figures from a sequence of responses.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="responses">The responses, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="responses"/> is null, or a response is null.</exception>
    /// <exception cref="ArgumentException">The options' satisfied codes are not all valid codes.</exception>
    public static SipasResult Compute(SurveyInstrument instrument, IEnumerable<SurveyResponse> responses, SipasOptions? options = null)
    {
        Preconditions.CheckNotNull(responses, nameof(responses));
        var tally = new SurveyTally(instrument, options);
        foreach (var response in responses)
        {
            tally.Add(response);
        }
        return tally.ToResult();
    }

    /// <summary>Computes the figures from an asynchronous stream of responses.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="responses">The responses, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="responses"/> is null, or a response is null.</exception>
    /// <exception cref="ArgumentException">The options' satisfied codes are not all valid codes.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SipasResult> ComputeAsync(SurveyInstrument instrument, IAsyncEnumerable<SurveyResponse> responses, SipasOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(responses, nameof(responses));
        var tally = new SurveyTally(instrument, options);
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            tally.Add(response);
        }
        return tally.ToResult();
    }
}
