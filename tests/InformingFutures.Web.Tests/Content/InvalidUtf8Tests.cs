namespace InformingFutures.Web.Tests.Content;

/// <summary>A byte that is not UTF-8 (an accented letter saved by another program) is reported where it is, not at 1:1.</summary>
public sealed class InvalidUtf8Tests
{
    [Fact]
    public void TheFirstInvalidByteIsReportedAtItsLineAndColumn()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: T\nsummary: S.\n---\n\nA caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var problem = Assert.Single(ContentTestHost.Parser.Parse("sec/page.md", bytes).Problems);

        Assert.Equal((6, 6), (problem.Line, problem.Column));
        Assert.Equal("the file is not valid UTF-8 text here (byte 0xE9); save it as UTF-8", problem.Message);
    }
}
