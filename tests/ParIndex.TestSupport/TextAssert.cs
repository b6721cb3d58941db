using System;
using Xunit;

namespace ParIndex.TestSupport;

/// <summary>Checks that a text holds each of several parts, compared ordinally (culture-free), in one call.</summary>
public static class TextAssert
{
    /// <summary>Asserts that <paramref name="text"/> holds each of <paramref name="parts"/>, checked one by one in the order
    /// given; where each stands in the text, and in what order, is not checked.</summary>
    public static void Holds(string text, params string[] parts)
    {
        foreach (var part in parts)
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
    }
}
