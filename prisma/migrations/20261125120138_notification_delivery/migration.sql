-- CreateEnum
CREATE TYPE "WeChatDeliveryStatus" AS ENUM ('NONE', 'NO_SUBSCRIPTION', 'PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCONFIRMED');

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "delivery_key" TEXT NOT NULL,
ADD COLUMN     "staff_id" TEXT,
ADD COLUMN     "wechat_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "wechat_errcode" INTEGER,
ADD COLUMN     "wechat_error" TEXT,
ADD COLUMN     "wechat_sending_at" TIMESTAMPTZ(3),
ADD COLUMN     "wechat_sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "wechat_status" "WeChatDeliveryStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "wechat_template_id" TEXT,
ALTER COLUMN "user_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "notifications_delivery_key_key" ON "notifications"("delivery_key");

-- CreateIndex
CREATE INDEX "notifications_staff_id_created_at_idx" ON "notifications"("staff_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_wechat_status_created_at_idx" ON "notifications"("wechat_status", "created_at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;
