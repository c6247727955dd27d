using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ImrCite.Catalogue;
using ImrCite.Text;

namespace ImrCite.Cli.Letters;

/// <summary>
/// The topic check's answers, worked out once per run (issue 15.4): a corpus repeats the same disputed items ("Norco
/// 10/325mg #60") and cites the same sections for them, and each answer depends only on the item's text, the section or
/// document, the cited sections and the decision date — not on the letter. So each distinct item is read once, each
/// (item, section) pair is judged once and each suggestion is searched for once per distinct question (the decision date counts by its epoch,
/// <see cref="GuidelineCatalogue.DateEpoch"/>). The answers are
/// the catalogue's own (<see cref="GuidelineCatalogue.ReadItem"/>, <see cref="GuidelineCatalogue.Judge(GuidelineSection, DisputedItemReading)"/>,
/// <see cref="GuidelineCatalogue.SuggestSections"/>): this class only remembers them.
/// </summary>
/// <remarks>
/// Bounded: at most <see cref="MaxItems"/> items and <see cref="MaxSuggestionsPerItem"/> suggestion questions per item are
/// kept, beyond which answers are computed and not kept, so memory does not grow with the corpus. Safe for the parallel
/// workers of a lint (the catalogue is read-only; a race computes an answer twice and keeps one).
/// </remarks>
internal sealed class TopicMemo
{
    /// <summary>The most distinct disputed items remembered per run.</summary>
    internal const int MaxItems = 10_000;

    /// <summary>The most suggestion questions (decision date × cited sections) remembered per item.</summary>
    internal const int MaxSuggestionsPerItem = 64;

    private readonly GuidelineCatalogue _catalogue;
    private readonly ConcurrentDictionary<string, ItemTopic> _items = new(StringComparer.Ordinal);
    private int _itemCount;
    private readonly ConcurrentDictionary<GuidelineDocument, string[]> _documentNames = new(ReferenceEqualityComparer.Instance);

    public TopicMemo(GuidelineCatalogue catalogue)
    {
        _catalogue = catalogue;
    }

    /// <summary>The reading of a disputed item and the answers about it.</summary>
    public ItemTopic Item(string text)
    {
        if (_items.TryGetValue(text, out var known))
        {
            return known;
        }
        var fresh = new ItemTopic(this, _catalogue.ReadItem(text));
        // Counted here rather than by the dictionary's Count, which takes every lock: once the memo is full, each new
        // item would otherwise stop every worker. The count may pass the cap by a few racing adds, never by more.
        if (Volatile.Read(ref _itemCount) >= MaxItems)
        {
            return fresh;
        }
        if (_items.TryAdd(text, fresh))
        {
            Interlocked.Increment(ref _itemCount);
            return fresh;
        }
        return _items.TryGetValue(text, out var raced) ? raced : fresh;
    }

    /// <summary>The matching keys of a document's title and aliases, padded with spaces for whole-word searches (empty keys left out).</summary>
    public string[] DocumentNames(GuidelineDocument document) => _documentNames.GetOrAdd(document, static d =>
    {
        var keys = new List<string>(1 + d.Aliases.Count);
        foreach (string name in Prepend(d.Title, d.Aliases))
        {
            string key = TextKey.Normalize(name);
            if (key.Length > 0)
            {
                keys.Add(" " + key + " ");
            }
        }
        return keys.ToArray();
    });

    private static IEnumerable<string> Prepend(string first, IReadOnlyList<string> rest)
    {
        yield return first;
        foreach (string each in rest)
        {
            yield return each;
        }
    }

    /// <summary>One disputed item's reading and the catalogue's answers about it, each worked out once.</summary>
    internal sealed class ItemTopic
    {
        private readonly TopicMemo _memo;
        private readonly ConcurrentDictionary<GuidelineSection, TopicVerdict> _sections = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<GuidelineSection, TopicVerdict> _sectionsAnyBodyPart = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<GuidelineDocument, TopicVerdict> _documents = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<string, GuidelineSection?> _suggestions = new(StringComparer.Ordinal);
        private DisputedItemReading? _withoutBodyParts;

        internal ItemTopic(TopicMemo memo, DisputedItemReading reading)
        {
            _memo = memo;
            Reading = reading;
        }

        /// <summary>The item read against the catalogue.</summary>
        public DisputedItemReading Reading { get; }

        /// <summary>Whether a section addresses the item.</summary>
        public TopicVerdict Judge(GuidelineSection section) =>
            _sections.GetOrAdd(section, static (s, reading) => reading.Catalogue.Judge(s, reading.Item).Verdict, (Catalogue: _memo._catalogue, Item: Reading));

        /// <summary>Whether a section addresses the item's treatments, whatever their body parts.</summary>
        public TopicVerdict JudgeAnyBodyPart(GuidelineSection section)
        {
            var reading = _withoutBodyParts ??= Reading.WithoutBodyParts();
            return _sectionsAnyBodyPart.GetOrAdd(section, static (s, arg) => arg.Catalogue.Judge(s, arg.Item).Verdict, (Catalogue: _memo._catalogue, Item: reading));
        }

        /// <summary>Whether a document cited as a whole addresses the item.</summary>
        public TopicVerdict Judge(GuidelineDocument document) =>
            _documents.GetOrAdd(document, static (d, arg) => arg.Catalogue.Judge(d, arg.Item), (Catalogue: _memo._catalogue, Item: Reading));

        /// <summary>The best MTUS section to suggest for the item (<see cref="GuidelineCatalogue.SuggestSections"/>'s first), or null.</summary>
        public GuidelineSection? Suggest(GuidelineDate? asOf, List<GuidelineSection> cited, List<GuidelineDocument> citedDocuments)
        {
            var key = new StringBuilder().Append(_memo._catalogue.DateEpoch(asOf));
            foreach (var section in cited)
            {
                key.Append('\u001f').Append(section.Document.Id).Append('\u001e').Append(section.Id);
            }
            key.Append('\u001d');
            foreach (var document in citedDocuments)
            {
                key.Append('\u001f').Append(document.Id);
            }
            string question = key.ToString();
            if (_suggestions.TryGetValue(question, out var known))
            {
                return known;
            }
            var best = First(_memo._catalogue.SuggestSections(Reading, asOf, cited, citedDocuments));
            if (_suggestions.Count < MaxSuggestionsPerItem)
            {
                _suggestions.TryAdd(question, best);
            }
            return best;
        }

        private static GuidelineSection? First(IReadOnlyList<GuidelineSection> sections) => sections.Count > 0 ? sections[0] : null;
    }
}
