using System;
using ParIndex.History;
using Xunit;

namespace ParIndex.Tests.History;

public class ValidationReportTests
{
    [Fact]
    public void ToString_ValidPartialTable_SaysNoProblemsAndListsTheCoverage()
    {
        var report = ValidationReport.Validate(PublishedRecord.Results(PublishedIndex.Par, 2015).Rows);
        var text = report.ToString();
        Assert.StartsWith("No problems.", text, StringComparison.Ordinal);
        Assert.Contains("2015 Par: 10 of 63 rows", text, StringComparison.Ordinal);
        Assert.Contains("no row: Hà Nội", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValid_WithProblems_IsFalse()
    {
        var row = PublishedRecord.Results(PublishedIndex.Par, 2024).Rows[0];
        var report = ValidationReport.Validate([row, row]);
        Assert.False(report.IsValid);
        Assert.StartsWith("1 problem:", report.ToString(), StringComparison.Ordinal);
    }
}
