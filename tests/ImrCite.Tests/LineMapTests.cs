using ImrCite.Text;
using Xunit;

namespace ImrCite.Tests;

/// <summary>The core's text-position helper: "\n", "\r\n" and "\r" each end one line, in both directions.</summary>
public sealed class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\r\n\r\ncd", 6, 3, 1)]
    [InlineData("ab\r\ncd", 2, 1, 3)] // the '\r' of a "\r\n" is the end of line 1
    [InlineData("ab\r\ncd", 3, 1, 4)] // so is its '\n': a "\r\n" is one line break
    [InlineData("a\n\rb", 3, 3, 1)]   // "\n" then "\r": two breaks
    [InlineData("", 0, 1, 1)]
    public void Position_CountsEachKindOfLineBreakOnce(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap("t", text).GetPosition(offset));
    }

    [Theory]
    [InlineData("ab\ncd")]
    [InlineData("ab\r\ncd\r\n\r\nef")]
    [InlineData("ab\rcd\r\re")]
    [InlineData("mixed\n\r\n\rend\r\n")]
    public void OffsetIsThePositionsInverseForEveryCharacterThatIsNotALineBreak(string text)
    {
        var map = new LineMap("t", text);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            if (offset < text.Length && (text[offset] == '\n' || text[offset] == '\r'))
            {
                continue;
            }
            var (line, column) = map.GetPosition(offset);
            Assert.Equal(offset, map.GetOffset(line, column));
        }
    }

    [Fact]
    public void OffsetIsClampedToTheLineAndToTheText()
    {
        var map = new LineMap("t", "ab\r\ncd");
        Assert.Equal(2, map.GetOffset(1, 99)); // the end of line 1, before its "\r\n"
        Assert.Equal(0, map.GetOffset(0, 0));
        Assert.Equal(6, map.GetOffset(9, 99));
    }
}
