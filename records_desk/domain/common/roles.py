"""The roles of the records office (R-ACC) and which role may administer which."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    GENERAL_MANAGER = "general_manager"  # 總經理
    CUSTOMER_DIRECTOR = "customer_director"  # 客戶總監
    ARCHIVIST = "archivist"  # 檔案管理員
    RECEPTION_CLERK = "reception_clerk"  # 銷售文員
    SALES_MANAGER = "sales_manager"  # 銷售經理/項目經理
    CONSULTANT = "consultant"  # 置業顧問
    STAFF = "staff"  # 各部門 (read only)


# The seed's own terms, used where no translator is at hand (CLI, printed forms).
SEED_TERMS: dict[Role, str] = {
    Role.GENERAL_MANAGER: "總經理",
    Role.CUSTOMER_DIRECTOR: "客戶總監",
    Role.ARCHIVIST: "檔案管理員",
    Role.RECEPTION_CLERK: "銷售文員",
    Role.SALES_MANAGER: "銷售經理",
    Role.CONSULTANT: "置業顧問",
    Role.STAFF: "各部門職員",
}


def may_administer(actor: Role, target: Role) -> bool:
    """R-ACC-2: the customer director grants permissions, but only a general manager
    creates or changes general-manager accounts."""
    if actor is Role.GENERAL_MANAGER:
        return True
    if actor is Role.CUSTOMER_DIRECTOR:
        return target is not Role.GENERAL_MANAGER
    return False
