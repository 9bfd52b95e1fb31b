//! Serde helpers for the shorthand the format allows: an item written as plain text where it
//! needs only its text, one item where a list is expected, and maps whose keys keep their
//! location.

use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

/// Builds an item from its text alone (`- Requests a demo` instead of `- { text: … }`).
pub trait FromText {
    /// The item whose only field is `text`.
    fn from_text(text: String) -> Self;
    /// The field [`FromText::from_text`] fills (`None` when it is absent).
    fn text_mut(&mut self) -> Option<&mut String>;
}

/// The scalar written at `loc` (1-based line and column) in `yaml`, as written: a plain
/// scalar runs to `,`, `]`, `}`, ` #` or the end of the line.
fn raw_scalar_at<'a>(yaml: &'a str, loc: &Location) -> Option<&'a str> {
    let line = yaml.lines().nth(loc.line().checked_sub(1)? as usize)?;
    let start = line
        .char_indices()
        .nth(loc.column().checked_sub(1)? as usize)?
        .0;
    let rest = &line[start..];
    let end = rest.find([',', ']', '}', '#']).unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// An item written as a bare number (`- 2.50`) reaches [`TextOr`] as a number, which loses
/// how it was written (`2.5`); this puts back the digits written at the item's place in
/// `yaml` (its YAML text) when they are that same number.
pub fn keep_number_digits<T: FromText>(yaml: &str, item: &mut Spanned<TextOr<T>>) {
    let loc = item.referenced;
    let Some(text) = item.value.0.text_mut() else {
        return;
    };
    let Ok(n) = text.parse::<f64>() else {
        return;
    };
    if let Some(raw) = raw_scalar_at(yaml, &loc)
        && raw != text
        && raw.parse::<f64>().ok() == Some(n)
    {
        *text = raw.to_string();
    }
}

/// A spanned string with no known location (made from shorthand).
pub fn unspanned(value: String) -> Spanned<String> {
    Spanned::new(value, Location::UNKNOWN, Location::UNKNOWN)
}

/// An item written either as a mapping (`{ persona: x, text: … }`) or as plain text.
#[derive(Debug)]
pub struct TextOr<T>(pub T);

impl<'de, T: Deserialize<'de> + FromText> Deserialize<'de> for TextOr<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + FromText> Visitor<'de> for V<T> {
            type Value = TextOr<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text or a mapping")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(TextOr(T::from_text(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(TextOr(T::from_text(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(TextOr(T::from_text(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(TextOr(T::from_text(v.to_string())))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(TextOr)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A value written either as one item or as a list of items.
#[derive(Debug)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an item or a list of items")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|t| OneOrMany(vec![t]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::<T>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(OneOrMany)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

impl<T> OneOrMany<T> {
    /// All items as a list.
    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

/// A mapping whose keys and values keep their locations, in the order written
/// (`emotions: { radiology-lead: 1, finance: -1 }`).
#[derive(Debug)]
pub struct SpannedMap<V>(pub Vec<(Spanned<String>, Spanned<V>)>);

impl<V> Default for SpannedMap<V> {
    fn default() -> Self {
        SpannedMap(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for SpannedMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = SpannedMap<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping of persona id to score")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = map.next_key::<Spanned<String>>()? {
                    let v = map.next_value::<Spanned<T>>()?;
                    out.push((k, v));
                }
                Ok(SpannedMap(out))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for TextOr<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("TextOr{}", T::schema_name()).into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<T>();
        schemars::json_schema!({
            "anyOf": [
                { "type": "string", "description": "Shorthand: the item's text alone." },
                item
            ]
        })
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for OneOrMany<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMany{}", T::schema_name()).into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<T>();
        schemars::json_schema!({
            "anyOf": [ item.clone(), { "type": "array", "items": item } ]
        })
    }
}
