using Stockbridge.Connectors.Sql.Validation;

namespace Stockbridge.Connectors.Sql.Tests.Unit;

/// <summary>The cheap first-keyword half of the read-only check.</summary>
public sealed class FirstKeywordTests
{
    [Theory]
    [InlineData("SELECT 1", "SELECT")]
    [InlineData("  -- the products\n/* mapping */ with x AS (SELECT 1) SELECT * FROM x", "WITH")]
    [InlineData("(select 1)", "SELECT")]
    [InlineData("UPDATE acme_items SET list_price = 0", "UPDATE")]
    [InlineData("/* unterminated", "")]
    public void Finds_the_first_word_after_comments(string sql, string expected) => Assert.Equal(expected, FirstKeyword.Of(sql));

    [Fact]
    public void Only_select_and_with_are_reads()
    {
        Assert.Null(FirstKeyword.ReadProblem("select 1"));
        Assert.Contains("starts with EXEC", FirstKeyword.ReadProblem("EXEC dbo.sp_products"), StringComparison.Ordinal);
        Assert.Contains("is empty", FirstKeyword.ReadProblem("  -- nothing"), StringComparison.Ordinal);
    }
}
