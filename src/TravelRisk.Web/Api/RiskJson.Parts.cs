using System.Collections.Concurrent;
using System.Text.Json;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Api;

public sealed partial class RiskJson
{
    /// <summary>
    /// The serialized parts of one facts snapshot, made on first use by the serializer itself (so escaping and enum
    /// names are its own). Bounded by the data: at most one map entry per State, obligation and status, one host
    /// status per State and status, one warrant per warrant and status, one string per name or code.
    /// </summary>
    sealed class Parts(JsonSerializerOptions json)
    {
        const int EnumSlots = 16; // every enum here has fewer values; a larger one falls back to the dictionary
        readonly ConcurrentDictionary<(Country, Obligation, StatuteStatus), byte[]> _mapEntries = new();
        readonly ConcurrentDictionary<(Country, StatuteStatus), byte[]> _hostStatus = new();
        readonly ConcurrentDictionary<(Warrant, WarrantStatus?), byte[]> _warrants = new();
        readonly ConcurrentDictionary<string, byte[]> _strings = new(StringComparer.Ordinal);
        readonly ConcurrentDictionary<(Domain.People.Leader, Country), byte[]> _summaryPrefixes = new();
        readonly ConcurrentDictionary<(Obligation, ObligationReason, StatuteStatus, Warrant?), byte[]>
            _summarySuffixes = new();
        readonly byte[]?[] _obligations = new byte[]?[EnumSlots * EnumSlots];
        readonly byte[]?[] _reasons = new byte[]?[EnumSlots * EnumSlots];
        readonly byte[]?[][] _entriesByIndex = new byte[]?[256][];

        public byte[] MapEntry(int index, Country country, Obligation obligation, StatuteStatus status)
        {
            var slot = (int)obligation * EnumSlots + (int)status;
            if ((uint)index < (uint)_entriesByIndex.Length && (uint)obligation < EnumSlots && (uint)status < EnumSlots)
            {
                var row = _entriesByIndex[index] ??= new byte[]?[EnumSlots * EnumSlots];
                return row[slot] ??= MapEntrySlow(country, obligation, status);
            }
            return MapEntrySlow(country, obligation, status);
        }

        // Each lookup is TryGetValue first and then GetOrAdd with the value made: no lambda, so a hit allocates nothing
        // (a lambda using the serializer options would be a new delegate on every call).
        byte[] MapEntrySlow(Country country, Obligation obligation, StatuteStatus status) =>
            _mapEntries.TryGetValue((country, obligation, status), out var bytes) ? bytes
                : _mapEntries.GetOrAdd(
                    (country, obligation, status),
                    Serialize(new MapEntryResponse(country.Iso3, country.Name, obligation, status)));

        public byte[] HostStatus(Country host, DateOnly day) =>
            _hostStatus.TryGetValue((host, host.Timeline.StatusOn(day)), out var bytes) ? bytes
                : _hostStatus.GetOrAdd(
                    (host, host.Timeline.StatusOn(day)),
                    Serialize(HostStatusResponse.For(host, day)));

        public byte[] Warrant(WarrantCase warrant, DateOnly day) =>
            _warrants.TryGetValue((warrant.Warrant, warrant.Warrant.StatusOn(day)), out var bytes) ? bytes
                : _warrants.GetOrAdd(
                    (warrant.Warrant, warrant.Warrant.StatusOn(day)),
                    Serialize(WarrantResponse.For(warrant, day)));

        public byte[] Raw(string value) =>
            _strings.TryGetValue(value, out var bytes) ? bytes : _strings.GetOrAdd(value, Serialize(value));

        /// <summary>A batch answer up to its day: <c>{"person":"…","state":"…","date":"</c>.</summary>
        public byte[] SummaryPrefix(Services.LeaderFacts person, Country host)
        {
            if (_summaryPrefixes.TryGetValue((person.Leader, host), out var bytes))
                return bytes;
            var json = Serialize(
                new RiskCheckSummaryResponse(person.Leader.Slug, host.Iso3, default, default, default, default, null));
            var date = json.AsSpan().IndexOf("\"date\":\""u8) + "\"date\":\""u8.Length;
            return _summaryPrefixes.GetOrAdd((person.Leader, host), json[..date]);
        }

        /// <summary>A batch answer after its day: <c>","obligation":…,"decidingWarrant":…}</c>.</summary>
        public byte[] SummarySuffix(Services.LeaderFacts person, Decision decision)
        {
            var warrant = decision.WarrantIndex >= 0 ? person.Warrants[decision.WarrantIndex].Warrant : null;
            var key = (decision.Obligation, decision.Reason, decision.HostStatus, warrant);
            if (_summarySuffixes.TryGetValue(key, out var bytes))
                return bytes;
            var json = Serialize(
                new RiskCheckSummaryResponse(
                    "",
                    "",
                    default,
                    key.Obligation,
                    key.Reason,
                    key.HostStatus,
                    warrant?.Code));
            var after = json.AsSpan().IndexOf("\"date\":\""u8) + "\"date\":\"0001-01-01"u8.Length;
            return _summarySuffixes.GetOrAdd(key, json[after..]);
        }

        public byte[] Enum(Obligation value) =>
            (uint)value < (uint)_obligations.Length ? _obligations[(int)value] ??= Serialize(value) : Serialize(value);

        public byte[] Enum(ObligationReason value) =>
            (uint)value < (uint)_reasons.Length ? _reasons[(int)value] ??= Serialize(value) : Serialize(value);

        byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, json);
    }
}
