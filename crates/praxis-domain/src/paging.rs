use serde::Deserialize;

/// `?page=N&per_page=M` as in the API: pages count from 1, 20 items by
/// default, never more than 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Paging {
    pub page: u64,
    pub per_page: u64,
}

impl Default for Paging {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: Self::DEFAULT_PER_PAGE,
        }
    }
}

impl Paging {
    pub const DEFAULT_PER_PAGE: u64 = 20;
    pub const MAX_PER_PAGE: u64 = 100;

    /// Brings out-of-range values back into range rather than failing: a page
    /// past the end is simply empty.
    pub fn clamped(self) -> Self {
        Self {
            page: self.page.clamp(1, 1_000_000),
            per_page: self.per_page.clamp(1, Self::MAX_PER_PAGE),
        }
    }

    pub fn offset(self) -> u64 {
        let p = self.clamped();
        (p.page - 1) * p.per_page
    }

    pub fn limit(self) -> u64 {
        self.clamped().per_page
    }
}

/// One page of a list and the size of the whole list.
#[derive(Debug, Clone)]
pub struct PageOf<T> {
    pub items: Vec<T>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

impl<T> PageOf<T> {
    pub fn has_next(&self) -> bool {
        self.page * self.per_page < self.total
    }

    pub fn try_map<U, E>(self, f: impl FnMut(T) -> Result<U, E>) -> Result<PageOf<U>, E> {
        Ok(PageOf {
            items: self.items.into_iter().map(f).collect::<Result<_, _>>()?,
            page: self.page,
            per_page: self.per_page,
            total: self.total,
        })
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> PageOf<U> {
        PageOf {
            items: self.items.into_iter().map(f).collect(),
            page: self.page,
            per_page: self.per_page,
            total: self.total,
        }
    }
}
