using System.Linq;
using ParIndex.Methodologies;

namespace ParIndex.TestSupport;

/// <summary>
/// The real methodology fragment the tests score on: criteria 1.1 and 1.2 of area 1 of Cà Mau's Quyết định
/// 1880/QĐ-UBND (2013), as the library embeds it among <see cref="Methodology.Samples"/> (the JSON file cites its source
/// and its assumptions). Read from that one copy, so the tests cannot hold a twin of the data.
/// </summary>
public static class CaMau1880
{
    /// <summary>Gets the fragment.</summary>
    public static Methodology Fragment { get; } = Methodology.Samples.Single(m => m.Id == "CA-MAU-1880-2013-FRAGMENT");
}
