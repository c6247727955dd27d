using ImrCite.Text;
using Xunit;

namespace ImrCite.Tests;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("NSAIDs, GI symptoms & cardiovascular risk", "nsaids gi symptoms and cardiovascular risk")]
    [InlineData("nsaids gi symptoms and cardiovascular risk", "nsaids gi symptoms and cardiovascular risk")]
    [InlineData("Low Back - Lumbar & Thoracic (Acute & Chronic)", "low back lumbar and thoracic acute and chronic")]
    [InlineData("  Opioids,   criteria for use  ", "opioids criteria for use")]
    [InlineData("Carisoprodol (Soma)", "carisoprodol soma")]
    [InlineData("AT&T", "at and t")]
    [InlineData("Reiter's syndrome", "reiters syndrome")]
    [InlineData("Reiter\u2019s syndrome", "reiters syndrome")]
    [InlineData("Physicians' notes", "physicians notes")]
    [InlineData("Wellbutrin\u00ae (bupropion)", "wellbutrin bupropion")]
    [InlineData("Lyrica\u2122", "lyrica")]
    [InlineData("9792.24.2", "9792 24 2")]
    [InlineData("Page(s): 74-96", "page s 74 96")]
    [InlineData("", "")]
    [InlineData(" ,;:-() ", "")]
    public void NormalizeLowersCaseReadsAmpersandAsAndAndDropsPunctuation(string text, string key) =>
        Assert.Equal(key, TextKey.Normalize(text));

    [Theory]
    [InlineData("NSAIDs, GI symptoms & cardiovascular risk", "nsaids gi symptoms and cardiovascular risk")]
    [InlineData("NSAIDs, GI symptoms & cardiovascular risk", "NSAIDS - GI SYMPTOMS AND CARDIOVASCULAR RISK")]
    [InlineData("Chronic Pain Medical Treatment Guidelines", "chronic  pain medical\ttreatment\nguidelines")]
    [InlineData("MRIs (magnetic resonance imaging)", "MRIs: magnetic resonance imaging")]
    public void SpellingsThatDifferOnlyInCasePunctuationAndAmpersandShareAKey(string a, string b) =>
        Assert.Equal(TextKey.Normalize(a), TextKey.Normalize(b));

    [Theory]
    [InlineData("Opioids", "Opiods")]
    [InlineData("Weaning of Medications", "Weaning of Medication")]
    [InlineData("NSAIDs", "NSAID s")]
    public void DifferentWordsDoNotShareAKey(string a, string b) =>
        Assert.NotEqual(TextKey.Normalize(a), TextKey.Normalize(b));

    [Theory]
    [InlineData("opioids", "opioids", 0)]
    [InlineData("opioids", "opiods", 1)]
    [InlineData("opioids", "opoids", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void DistanceIsTheEditDistance(string a, string b, int distance)
    {
        Assert.Equal(distance, TextKey.Distance(a, b, cap: 5));
        Assert.Equal(distance, TextKey.Distance(b, a, cap: 5));
    }

    [Fact]
    public void DistanceStopsAtTheCap()
    {
        Assert.Equal(3, TextKey.Distance("benzodiazepines", "opioids", cap: 2));
        Assert.Equal(3, TextKey.Distance("a", "abcdefgh", cap: 2));
    }
}
