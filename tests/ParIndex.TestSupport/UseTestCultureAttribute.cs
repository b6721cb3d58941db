using System;
using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace ParIndex.TestSupport;

/// <summary>
/// Runs every test under the culture named by PARINDEX_TEST_CULTURE (the invariant culture when unset), so that
/// the suite can be run once invariant and once under vi-VN (decimal comma) to prove results do not depend on it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UseTestCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    public static CultureInfo Culture { get; } =
        Environment.GetEnvironmentVariable("PARINDEX_TEST_CULTURE") is { Length: > 0 } name
            ? CultureInfo.GetCultureInfo(name)
            : CultureInfo.InvariantCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _culture!;
        CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
