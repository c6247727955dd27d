using System;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

/// <summary>The generated data's text form (<see cref="Base85"/>): any bytes round-trip, and the text needs no escape in a C# string literal.</summary>
public sealed class Base85Tests
{
    [Fact]
    public void AnyBytesRoundTrip()
    {
        var random = new Random(85);
        for (int length = 0; length <= 41; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            if (length > 4)
            {
                bytes[0] = 0;
                bytes[length - 1] = 0xFF;
            }
            string text = Base85.Encode(bytes, length);
            Assert.Equal(1 + (length + 3) / 4 * 5, text.Length);
            Assert.Equal(bytes, Base85.Decode(text));
        }
    }

    [Fact]
    public void OnlyPartOfABufferIsWritten()
    {
        Assert.Equal(Base85.Encode(new byte[] { 1, 2, 3 }, 3), Base85.Encode(new byte[] { 1, 2, 3, 4, 5 }, 3));
    }

    [Fact]
    public void TheTextNeedsNoEscapeInAStringLiteral()
    {
        var bytes = Enumerable.Range(0, 256 * 4).Select(i => (byte)(i * 7919 % 256)).ToArray();
        string text = Base85.Encode(bytes, bytes.Length);
        Assert.All(text, c => Assert.True(c > ' ' && c < 127 && c != '"' && c != '\\', $"'{c}'"));
        Assert.Equal(85, text.Skip(1).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("4abcde")]
    [InlineData("0abcd")]
    [InlineData("0abc\"e")]
    [InlineData("0ab\\de")]
    [InlineData("0#####")] // 85^5 - 1: more than four bytes hold
    [InlineData("0abcdé")]
    public void TextThatIsNotBase85IsAFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Base85.Decode(text));
    }
}
