package com.kamplanner.security;

/**
 * What a block holds back: one user name (whoever types it, from anywhere), or one address (whatever name it
 * types). Each has its own event types for the block and for its lifting.
 */
public enum BlockScope {
    USER(SecurityEventType.LOGIN_BLOCKED, SecurityEventType.BLOCK_LIFTED),
    ADDRESS(SecurityEventType.ADDRESS_BLOCKED, SecurityEventType.ADDRESS_BLOCK_LIFTED);

    private final SecurityEventType blockType;
    private final SecurityEventType liftType;

    BlockScope(SecurityEventType blockType, SecurityEventType liftType) {
        this.blockType = blockType;
        this.liftType = liftType;
    }

    public SecurityEventType blockType() {
        return blockType;
    }

    public SecurityEventType liftType() {
        return liftType;
    }
}
