using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Geography;

namespace ParIndex.Surveys;

// SIPAS straight from a survey JSON document.
public sealed partial class SipasResult
{
    /// <summary>Computes SIPAS figures from a JSON document of responses, in the format <see cref="SurveyTally.ReadJsonAsync"/> reads.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <param name="provinces">The list of the provinces, or <see langword="null"/> for <see cref="ProvinceList.Units63"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DiagnosticException">The document is not well-formed JSON or not an array of objects, or a
    /// response repeats a key or holds a value of the wrong JSON type; every problem of that response is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SipasResult> ComputeJsonAsync(SurveyInstrument instrument, Stream utf8Json, SipasOptions? options = null, ProvinceList? provinces = null, CancellationToken cancellationToken = default)
    {
        var tally = new SurveyTally(instrument, options);
        await tally.ReadJsonAsync(utf8Json, provinces, cancellationToken).ConfigureAwait(false);
        return tally.ToResult();
    }
}
