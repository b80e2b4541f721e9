-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "case_id" TEXT;

-- CreateIndex
CREATE INDEX "outbox_messages_case_id_created_at_idx" ON "outbox_messages"("case_id", "created_at");
