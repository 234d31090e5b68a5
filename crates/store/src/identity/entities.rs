//! The identity tables of access (agencies, roles, grants and the grants
//! waiting for approval) as SeaORM entities.

/// The `agencies` table.
pub mod agency {
    use sea_orm::entity::prelude::*;

    /// Row of `agencies`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agencies")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Name.
        pub name: String,
        /// Kind identifier.
        pub kind: String,
        /// ISTAT region code.
        pub territory_region: String,
        /// ISTAT province code.
        pub territory_province: Option<String>,
        /// ISTAT municipality code.
        pub territory_municipality: Option<String>,
        /// Office email.
        pub email: Option<String>,
        /// Office phone.
        pub phone: Option<String>,
        /// Active.
        pub active: bool,
        /// Creation time.
        pub created_at: DateTimeUtc,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `roles` table.
pub mod role {
    use sea_orm::entity::prelude::*;

    /// Row of `roles`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "roles")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Unique name.
        #[sea_orm(unique)]
        pub name: String,
        /// Permission ids, one per line.
        pub permissions: String,
        /// Shipped with Crocevia (kept in sync at start).
        pub builtin: bool,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `grants` table.
pub mod grant {
    use sea_orm::entity::prelude::*;

    /// Row of `grants`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "grants")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Grantee.
        pub user_id: Uuid,
        /// Role.
        pub role_id: Uuid,
        /// Agency acted for.
        pub agency_id: Uuid,
        /// `agency`, `territory` or `network`.
        pub scope_kind: String,
        /// Territory scope: region.
        pub scope_region: Option<String>,
        /// Territory scope: province.
        pub scope_province: Option<String>,
        /// Territory scope: municipality.
        pub scope_municipality: Option<String>,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `grant_requests` table.
pub mod grant_request {
    use sea_orm::entity::prelude::*;

    /// Row of `grant_requests`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "grant_requests")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Would-be grantee.
        pub user_id: Uuid,
        /// Role.
        pub role_id: Uuid,
        /// Agency acted for.
        pub agency_id: Uuid,
        /// `agency`, `territory` or `network`.
        pub scope_kind: String,
        /// Territory scope: region.
        pub scope_region: Option<String>,
        /// Territory scope: province.
        pub scope_province: Option<String>,
        /// Territory scope: municipality.
        pub scope_municipality: Option<String>,
        /// The administrator who asked for it.
        pub requested_by: Uuid,
        /// When.
        pub requested_at: DateTimeUtc,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
