using System.Collections.Concurrent;
using System.Text.Json;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Api.Contracts;

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
        readonly ConcurrentDictionary<(Obligation, ObligationReason, StatuteStatus, Warrant?), byte[]> _summarySuffixes = new();
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

        byte[] MapEntrySlow(Country country, Obligation obligation, StatuteStatus status) =>
            _mapEntries.GetOrAdd((country, obligation, status), key =>
                JsonSerializer.SerializeToUtf8Bytes(new MapEntryResponse(key.Item1.Iso3, key.Item1.Name, key.Item2, key.Item3), json));

        public byte[] HostStatus(Country host, DateOnly day) =>
            _hostStatus.GetOrAdd((host, host.Timeline.StatusOn(day)), key => JsonSerializer.SerializeToUtf8Bytes(HostStatusResponse.For(host, day), json));

        public byte[] Warrant(WarrantCase warrant, DateOnly day) =>
            _warrants.GetOrAdd((warrant.Warrant, warrant.Warrant.StatusOn(day)), _ => JsonSerializer.SerializeToUtf8Bytes(WarrantResponse.For(warrant, day), json));

        public byte[] Raw(string value) => _strings.GetOrAdd(value, v => JsonSerializer.SerializeToUtf8Bytes(v, json));

        /// <summary>A batch answer up to its day: <c>{"person":"…","state":"…","date":"</c>.</summary>
        public byte[] SummaryPrefix(Services.LeaderFacts person, Country host) =>
            _summaryPrefixes.GetOrAdd((person.Leader, host), key =>
            {
                var json = Serialize(new RiskCheckSummaryResponse(key.Item1.Slug, key.Item2.Iso3, default, default, default, default, null));
                var date = json.AsSpan().IndexOf("\"date\":\""u8) + "\"date\":\""u8.Length;
                return json[..date];
            });

        /// <summary>A batch answer after its day: <c>","obligation":…,"decidingWarrant":…}</c>.</summary>
        public byte[] SummarySuffix(Services.LeaderFacts person, Decision decision)
        {
            var warrant = decision.WarrantIndex >= 0 ? person.Warrants[decision.WarrantIndex].Warrant : null;
            return _summarySuffixes.GetOrAdd((decision.Obligation, decision.Reason, decision.HostStatus, warrant), key =>
            {
                var json = Serialize(new RiskCheckSummaryResponse("", "", default, key.Item1, key.Item2, key.Item3, key.Item4?.Code));
                var after = json.AsSpan().IndexOf("\"date\":\""u8) + "\"date\":\"0001-01-01"u8.Length;
                return json[after..];
            });
        }

        public byte[] Enum(Obligation value) =>
            (uint)value < (uint)_obligations.Length ? _obligations[(int)value] ??= Serialize(value) : Serialize(value);

        public byte[] Enum(ObligationReason value) =>
            (uint)value < (uint)_reasons.Length ? _reasons[(int)value] ??= Serialize(value) : Serialize(value);

        byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, json);
    }
}
